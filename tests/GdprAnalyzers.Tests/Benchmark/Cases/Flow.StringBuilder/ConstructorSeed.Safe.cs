// benchmark: safe GDPR001
// A StringBuilder seeded with the order reference.
using System.Text;
using Microsoft.Extensions.Logging;

public sealed class Unsubscriptions
{
    public void Logged(ILogger logger, Order order)
    {
        var text = new StringBuilder(order.Reference);
        text.Append(" cancelled");
        logger.LogInformation(text.ToString());
    }
}
