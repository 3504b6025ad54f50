// benchmark: leak GDPR001
// Three member accesses deep: order, customer, address, street.
using Microsoft.Extensions.Logging;

public sealed class Courier
{
    public void Dispatch(ILogger logger, Order order)
    {
        logger.LogDebug("Courier dispatched to {Street}", order.Customer.Home.Street); // expected
    }
}
