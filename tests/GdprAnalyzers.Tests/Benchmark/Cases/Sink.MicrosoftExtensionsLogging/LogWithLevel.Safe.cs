// benchmark: safe GDPR001
// The same call with the visit count.
using Microsoft.Extensions.Logging;

public sealed class Retries
{
    public void Retry(ILogger logger, Customer customer, LogLevel level)
    {
        logger.Log(level, "Retrying SMS after {Visits} visits", customer.Visits);
    }
}
