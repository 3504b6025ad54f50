// benchmark: safe GDPR001
// The local is replaced by its pseudonym before the log.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Unsubscribe
{
    public void Done(ILogger logger, Customer customer)
    {
        string email = customer.Email;
        email = Redact.Pseudonymize(email);
        logger.LogInformation("Unsubscribed {Email}", email);
    }
}
