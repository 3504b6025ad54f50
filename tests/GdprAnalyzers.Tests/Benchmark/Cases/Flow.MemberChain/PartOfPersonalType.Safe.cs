// benchmark: safe GDPR001
// The appointment carries a patient, but its room is not personal data.
using Microsoft.Extensions.Logging;

public sealed class Ward
{
    public void Admitted(ILogger logger, Appointment appointment)
    {
        logger.LogInformation("Admitted to room {Room}", appointment.Room);
    }
}
