// benchmark: safe GDPR001
// Logger.Info with the plan.
using NLog;

public sealed class Signups
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public void Confirmed(Customer customer) => Log.Info("Signup confirmed on {Plan}", customer.Plan);
}
