// benchmark: safe GDPR001
// The order's own reference is not personal data, although the order carries a customer.
using Microsoft.Extensions.Logging;

public sealed class Fulfilment
{
    public void Shipped(ILogger logger, Order order)
    {
        logger.LogInformation("Order {Reference} shipped", order.Reference);
    }
}
