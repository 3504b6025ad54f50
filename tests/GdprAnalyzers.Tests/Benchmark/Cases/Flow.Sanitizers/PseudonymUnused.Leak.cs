// benchmark: leak GDPR001
// The pseudonym is computed, but the raw e-mail is what gets logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Sessions
{
    public void Started(ILogger logger, Customer customer)
    {
        string pseudonym = Redact.Pseudonymize(customer.Email);
        logger.LogInformation("Session started for {User}", customer.Email); // expected
    }
}
