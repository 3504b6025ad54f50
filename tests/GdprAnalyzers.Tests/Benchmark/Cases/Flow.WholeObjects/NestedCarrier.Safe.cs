// benchmark: safe GDPR001
// A summary of the order is logged whole.
using Microsoft.Extensions.Logging;

public sealed class OrderEvents
{
    public void Created(ILogger logger, OrderSummary summary)
    {
        logger.LogInformation("Order created {@Order}", summary);
    }
}
