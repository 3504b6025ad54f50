// benchmark: leak GDPR001
// string.Format builds the message in a local first.
using Microsoft.Extensions.Logging;

public sealed class Orders
{
    public void Placed(ILogger logger, Customer customer, Order order)
    {
        string text = string.Format("{0} ordered {1} items", customer.FullName, order.ItemCount);
        logger.LogInformation(text); // expected
    }
}
