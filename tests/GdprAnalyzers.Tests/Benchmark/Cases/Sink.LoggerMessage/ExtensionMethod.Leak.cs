// benchmark: leak GDPR001
// A [LoggerMessage] extension method (this ILogger) takes the patient, a type marked [PersonalData] as a whole.
using Microsoft.Extensions.Logging;

public static partial class WardLog
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Admitted {Patient}")]
    public static partial void PatientAdmitted(this ILogger logger, Patient patient);
}

// Stands in for the part the logging source generator emits: the benchmark runs no generator.
public static partial class WardLog
{
    public static partial void PatientAdmitted(this ILogger logger, Patient patient)
    {
    }
}

public sealed class AdmissionsController
{
    private readonly ILogger<AdmissionsController> logger;

    public AdmissionsController(ILogger<AdmissionsController> logger) => this.logger = logger;

    public string Admit(Appointment appointment)
    {
        logger.PatientAdmitted(appointment.Patient); // expected
        return appointment.Room;
    }
}
