// benchmark: safe GDPR001
// Redact.Pseudonymize: the pseudonym is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Sessions
{
    public void Started(ILogger logger, Customer customer)
    {
        string pseudonym = Redact.Pseudonymize(customer.Email);
        logger.LogInformation("Session started for {User}", pseudonym);
    }
}
