// benchmark: leak GDPR001
// log4net's ILog.Info with a concatenated message.
using log4net;

public sealed class Newsletter
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Newsletter));

    public void Subscribed(Customer customer) => Log.Info("Subscribed " + customer.Email); // expected
}
