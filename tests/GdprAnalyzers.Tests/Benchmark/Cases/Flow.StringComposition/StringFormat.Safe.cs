// benchmark: safe GDPR001
// The formatted message holds the order reference and a count.
using Microsoft.Extensions.Logging;

public sealed class Orders
{
    public void Placed(ILogger logger, Customer customer, Order order)
    {
        string text = string.Format("{0} ordered {1} items", order.Reference, order.ItemCount);
        logger.LogInformation(text);
    }
}
