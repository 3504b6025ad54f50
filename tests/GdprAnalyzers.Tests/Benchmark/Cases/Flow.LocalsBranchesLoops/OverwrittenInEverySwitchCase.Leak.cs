// benchmark: leak GDPR001
// A switch without default: a log policy it does not name keeps the raw e-mail address.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public enum LogPolicy
{
    Pseudonymise,
    Erase,
    Hide,
}

public sealed class Newsletter
{
    public void Confirmed(ILogger<Newsletter> logger, Customer customer, LogPolicy policy)
    {
        string subscriber = customer.Email;
        switch (policy)
        {
            case LogPolicy.Pseudonymise:
                subscriber = Redact.Pseudonymize(customer.Email);
                break;
            case LogPolicy.Erase:
                subscriber = Redact.Erase(customer.Email);
                break;
        }

        logger.LogInformation("Subscription confirmed for {Subscriber}", subscriber); // expected
    }
}
