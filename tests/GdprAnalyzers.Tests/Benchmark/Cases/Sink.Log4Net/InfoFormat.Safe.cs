// benchmark: safe GDPR001
// InfoFormat with the country.
using log4net;

public sealed class Addresses
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Addresses));

    public void Changed(Customer customer) => Log.InfoFormat("Address changed to {0}", customer.Home.Country);
}
