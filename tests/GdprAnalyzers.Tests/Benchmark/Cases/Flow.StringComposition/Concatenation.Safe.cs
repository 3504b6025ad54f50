// benchmark: safe GDPR001
// The concatenation holds the plan only.
using Microsoft.Extensions.Logging;

public sealed class Bounces
{
    public void Bounced(ILogger logger, Customer customer)
    {
        logger.LogWarning("Bounce on plan " + customer.Plan + ", retrying");
    }
}
