// benchmark: safe GDPR001
// Both branches redact before the local reaches the log.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Contact
{
    public void Record(ILogger logger, Customer customer, bool internalNetwork)
    {
        string shown;
        if (internalNetwork)
        {
            shown = Redact.Pseudonymize(customer.Email);
        }
        else
        {
            shown = Redact.Erase(customer.Email);
        }

        logger.LogInformation("Contact {Contact}", shown);
    }
}
