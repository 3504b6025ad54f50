// benchmark: leak GDPR001
// A copy of a [PersonalData] record made with `with` is still personal data; the corrected record is logged.
using Microsoft.Extensions.Logging;

public sealed class MedicalRecords
{
    public void CorrectDiagnosis(ILogger<MedicalRecords> logger, Patient patient, string diagnosis)
    {
        Patient corrected = patient with { Diagnosis = diagnosis };
        logger.LogInformation("Record corrected: {@Patient}", corrected); // expected
    }
}
