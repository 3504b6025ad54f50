// benchmark: leak GDPR001
// A type pattern in a switch statement case binds the e-mail.
using Microsoft.Extensions.Logging;

public sealed class Audit
{
    public void Record(ILogger logger, Customer customer)
    {
        object subject = customer.Email;
        switch (subject)
        {
            case string text:
                logger.LogInformation("Audit subject {Subject}", text); // expected
                break;
        }
    }
}
