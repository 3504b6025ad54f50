// benchmark: safe GDPR001
// The same overload with the country.
using Microsoft.Extensions.Logging;

public sealed class Geocoding
{
    public void Lookup(ILogger logger, Customer customer)
    {
        logger.LogDebug(new EventId(7, "Geocode"), "Geocoding in {Country}", customer.Home.Country);
    }
}
