// benchmark: safe GDPR001
// ILog.Info with the plan.
using log4net;

public sealed class Newsletter
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Newsletter));

    public void Subscribed(Customer customer) => Log.Info("Subscribed on " + customer.Plan);
}
