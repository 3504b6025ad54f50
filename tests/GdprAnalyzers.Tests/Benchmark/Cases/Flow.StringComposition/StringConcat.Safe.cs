// benchmark: safe GDPR001
// string.Concat with the customer's country.
using Microsoft.Extensions.Logging;

public sealed class Callbacks
{
    public void Requested(ILogger logger, Customer customer)
    {
        logger.LogInformation(string.Concat("Call back a customer in ", customer.Country, " today"));
    }
}
