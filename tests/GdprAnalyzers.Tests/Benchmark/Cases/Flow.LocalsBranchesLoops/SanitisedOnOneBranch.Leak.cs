// benchmark: leak GDPR001
// The local is redacted on one branch only: the other branch still logs the e-mail.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Contact
{
    public void Record(ILogger logger, Customer customer, bool internalNetwork)
    {
        string shown;
        if (internalNetwork)
        {
            shown = customer.Email;
        }
        else
        {
            shown = Redact.Pseudonymize(customer.Email);
        }

        logger.LogInformation("Contact {Contact}", shown); // expected
    }
}
