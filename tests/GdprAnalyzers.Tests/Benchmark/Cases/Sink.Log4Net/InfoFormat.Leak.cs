// benchmark: leak GDPR001
// log4net's InfoFormat.
using log4net;

public sealed class Addresses
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Addresses));

    public void Changed(Customer customer) => Log.InfoFormat("Address changed to {0}", customer.Home.Street); // expected
}
