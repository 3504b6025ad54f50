// benchmark: leak GDPR001
// A personal data member read through ?.
using Microsoft.Extensions.Logging;

public sealed class Billing
{
    public void Charged(ILogger logger, Customer customer)
    {
        logger.LogInformation("Charged, billing street {Street}", customer.Billing?.Street); // expected
    }
}
