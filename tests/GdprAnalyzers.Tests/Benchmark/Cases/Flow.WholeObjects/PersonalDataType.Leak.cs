// benchmark: leak GDPR001
// A value of a type marked [PersonalData] logged whole.
using Serilog;

public sealed class Admissions
{
    public void Admit(ILogger log, Patient patient)
    {
        log.Warning("Admitted {@Patient}", patient); // expected
    }
}
