// benchmark: safe GDPR001
// ?? falls back between two countries.
using Microsoft.Extensions.Logging;

public sealed class Reachability
{
    public void Check(ILogger logger, Customer customer)
    {
        logger.LogInformation("Reachable in {Country}", customer.Billing?.Country ?? customer.Country);
    }
}
