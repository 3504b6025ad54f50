// benchmark: safe GDPR001
// The interpolated message holds only the order reference.
using Microsoft.Extensions.Logging;

public sealed class Receipts
{
    public void Mailed(ILogger logger, Order order)
    {
        logger.LogInformation($"Receipt mailed for order {order.Reference}");
    }
}
