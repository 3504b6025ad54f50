// benchmark: leak GDPR001
// An extended property pattern binds the customer's street.
using Microsoft.Extensions.Logging;

public sealed class Delivery
{
    public void Plan(ILogger logger, Order order)
    {
        if (order is { Customer.Home.Street: { Length: > 0 } street })
        {
            logger.LogInformation("Delivering to {Street}", street); // expected
        }
    }
}
