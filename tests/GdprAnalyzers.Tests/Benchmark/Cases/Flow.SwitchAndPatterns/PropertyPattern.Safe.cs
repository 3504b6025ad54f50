// benchmark: safe GDPR001
// The same pattern binds the country.
using Microsoft.Extensions.Logging;

public sealed class Delivery
{
    public void Plan(ILogger logger, Order order)
    {
        if (order is { Customer.Home.Country: { Length: > 0 } country })
        {
            logger.LogInformation("Delivering to {Country}", country);
        }
    }
}
