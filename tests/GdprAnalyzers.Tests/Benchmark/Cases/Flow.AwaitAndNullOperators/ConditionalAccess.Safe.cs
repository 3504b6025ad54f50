// benchmark: safe GDPR001
// A non-personal member read through ?.
using Microsoft.Extensions.Logging;

public sealed class Billing
{
    public void Charged(ILogger logger, Customer customer)
    {
        logger.LogInformation("Charged, billing country {Country}", customer.Billing?.Country);
    }
}
