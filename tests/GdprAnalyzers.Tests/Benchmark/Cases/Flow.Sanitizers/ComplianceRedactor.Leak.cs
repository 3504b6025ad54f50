// benchmark: leak GDPR001
// Microsoft.Extensions.Compliance's Redactor covers the e-mail but not the phone.
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;

public sealed class Contacts
{
    public void Updated(ILogger logger, Redactor redactor, Customer customer)
    {
        logger.LogInformation("Contact updated: {Email} {Phone}", redactor.Redact(customer.Email), customer.Phone); // expected
    }
}
