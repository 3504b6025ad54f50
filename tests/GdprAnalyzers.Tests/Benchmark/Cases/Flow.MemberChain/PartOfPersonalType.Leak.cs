// benchmark: leak GDPR001
// A member of a value whose type is [PersonalData] (Patient) is personal data too.
using Microsoft.Extensions.Logging;

public sealed class Ward
{
    public void Admitted(ILogger logger, Appointment appointment)
    {
        logger.LogInformation("Admitted with {Diagnosis}", appointment.Patient.Diagnosis); // expected
    }
}
