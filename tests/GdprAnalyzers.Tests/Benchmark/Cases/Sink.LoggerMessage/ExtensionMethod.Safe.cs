// benchmark: safe GDPR001
// The same [LoggerMessage] extension method takes the room, which is not personal data.
using Microsoft.Extensions.Logging;

public static partial class WardLog
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Admitted to {Room}")]
    public static partial void PatientAdmitted(this ILogger logger, string room);
}

// Stands in for the part the logging source generator emits: the benchmark runs no generator.
public static partial class WardLog
{
    public static partial void PatientAdmitted(this ILogger logger, string room)
    {
    }
}

public sealed class AdmissionsController
{
    private readonly ILogger<AdmissionsController> logger;

    public AdmissionsController(ILogger<AdmissionsController> logger) => this.logger = logger;

    public string Admit(Appointment appointment)
    {
        logger.PatientAdmitted(appointment.Room);
        return appointment.Room;
    }
}
