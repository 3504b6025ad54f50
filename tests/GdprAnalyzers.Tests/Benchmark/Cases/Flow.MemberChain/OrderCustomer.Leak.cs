// benchmark: leak GDPR001
// The customer's e-mail reached from the order.
using Microsoft.Extensions.Logging;

public sealed class Fulfilment
{
    public void Shipped(ILogger logger, Order order)
    {
        logger.LogInformation("Order shipped, notifying {Email}", order.Customer.Email); // expected
    }
}
