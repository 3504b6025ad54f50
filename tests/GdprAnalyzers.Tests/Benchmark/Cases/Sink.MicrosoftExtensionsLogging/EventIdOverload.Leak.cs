// benchmark: leak GDPR001
// LogDebug with an EventId before the message.
using Microsoft.Extensions.Logging;

public sealed class Geocoding
{
    public void Lookup(ILogger logger, Customer customer)
    {
        logger.LogDebug(new EventId(7, "Geocode"), "Geocoding {Street}", customer.Home.Street); // expected
    }
}
