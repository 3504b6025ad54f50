// benchmark: leak GDPR001
// The pseudonym goes into another local; the raw e-mail is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Unsubscribe
{
    public void Done(ILogger logger, Customer customer)
    {
        string email = customer.Email;
        string pseudonym = Redact.Pseudonymize(email);
        logger.LogInformation("Unsubscribed {Email} ({Pseudonym})", email, pseudonym); // expected
    }
}
