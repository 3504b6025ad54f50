// benchmark: safe GDPR001
// Every section of the switch, default included, replaces the e-mail address before the log.
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
            default:
                subscriber = "[hidden]";
                break;
        }

        logger.LogInformation("Subscription confirmed for {Subscriber}", subscriber);
    }
}
