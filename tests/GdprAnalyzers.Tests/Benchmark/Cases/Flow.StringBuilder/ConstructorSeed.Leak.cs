// benchmark: leak GDPR001
// A StringBuilder seeded with the e-mail.
using System.Text;
using Microsoft.Extensions.Logging;

public sealed class Unsubscriptions
{
    public void Logged(ILogger logger, Customer customer)
    {
        var text = new StringBuilder(customer.Email);
        text.Append(" unsubscribed");
        logger.LogInformation(text.ToString()); // expected
    }
}
