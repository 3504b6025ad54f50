// benchmark: safe GDPR001
// Redactor.Redact covers both values.
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;

public sealed class Contacts
{
    public void Updated(ILogger logger, Redactor redactor, Customer customer)
    {
        logger.LogInformation("Contact updated: {Email} {Phone}", redactor.Redact(customer.Email), redactor.Redact(customer.Phone));
    }
}
