// benchmark: safe GDPR001
// An array of non-personal values.
using Microsoft.Extensions.Logging;

public sealed class Notifications
{
    public void Queued(ILogger logger, Customer customer)
    {
        var channels = new[] { customer.Plan, customer.Country };
        logger.LogInformation("Notification queued for {Channels}", channels);
    }
}
