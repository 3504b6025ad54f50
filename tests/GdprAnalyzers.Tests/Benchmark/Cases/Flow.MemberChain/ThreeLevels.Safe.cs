// benchmark: safe GDPR001
// The same depth, ending on the country.
using Microsoft.Extensions.Logging;

public sealed class Courier
{
    public void Dispatch(ILogger logger, Order order)
    {
        logger.LogDebug("Courier dispatched to {Country}", order.Customer.Home.Country);
    }
}
