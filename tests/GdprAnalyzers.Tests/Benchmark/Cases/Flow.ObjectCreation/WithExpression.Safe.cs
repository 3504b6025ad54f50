// benchmark: safe GDPR001
// A copy made with `with` of a record that holds no personal data, a member set to a room name.
using Microsoft.Extensions.Logging;

public sealed record RoomSchedule(string Room, int Slots);

public sealed class MedicalRecords
{
    public void MoveSchedule(ILogger<MedicalRecords> logger, RoomSchedule schedule, string room)
    {
        RoomSchedule moved = schedule with { Room = room };
        logger.LogInformation("Schedule moved: {@Schedule}", moved);
    }
}
