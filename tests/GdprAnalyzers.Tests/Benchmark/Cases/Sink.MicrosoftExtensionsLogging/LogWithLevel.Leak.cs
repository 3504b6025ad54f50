// benchmark: leak GDPR001
// LoggerExtensions.Log with an explicit level.
using Microsoft.Extensions.Logging;

public sealed class Retries
{
    public void Retry(ILogger logger, Customer customer, LogLevel level)
    {
        logger.Log(level, "Retrying SMS to {Phone}", customer.Phone); // expected
    }
}
