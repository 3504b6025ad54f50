// benchmark: leak GDPR001
// An array of contact details logged as one argument.
using Microsoft.Extensions.Logging;

public sealed class Notifications
{
    public void Queued(ILogger logger, Customer customer)
    {
        var recipients = new[] { customer.Email, customer.Phone };
        logger.LogInformation("Notification queued for {Recipients}", recipients); // expected
    }
}
