// benchmark: leak GDPR001
// NLog's Logger.Info with a structured argument.
using NLog;

public sealed class Signups
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public void Confirmed(Customer customer) => Log.Info("Signup confirmed for {Email}", customer.Email); // expected
}
