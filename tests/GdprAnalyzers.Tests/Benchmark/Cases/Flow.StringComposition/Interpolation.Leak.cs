// benchmark: leak GDPR001
// Personal data in an interpolated message.
using Microsoft.Extensions.Logging;

public sealed class Receipts
{
    public void Mailed(ILogger logger, Customer customer)
    {
        logger.LogInformation($"Receipt mailed to {customer.Email}"); // expected
    }
}
