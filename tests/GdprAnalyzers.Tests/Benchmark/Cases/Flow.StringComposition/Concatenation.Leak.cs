// benchmark: leak GDPR001
// Personal data concatenated into the message.
using Microsoft.Extensions.Logging;

public sealed class Bounces
{
    public void Bounced(ILogger logger, Customer customer)
    {
        logger.LogWarning("Bounce from " + customer.Email + ", retrying"); // expected
    }
}
