// benchmark: safe GDPR001
// The scope carries the order reference.
using Microsoft.Extensions.Logging;

public sealed class Orders
{
    public void Process(ILogger logger, Customer customer, Order order)
    {
        using (logger.BeginScope("Order {Reference}", order.Reference))
        {
            logger.LogInformation("Processing {Reference}", order.Reference);
        }
    }
}
