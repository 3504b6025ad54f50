// benchmark: leak GDPR001
// string.Concat with a phone number among its parts.
using Microsoft.Extensions.Logging;

public sealed class Callbacks
{
    public void Requested(ILogger logger, Customer customer)
    {
        logger.LogInformation(string.Concat("Call back ", customer.Phone, " today")); // expected
    }
}
