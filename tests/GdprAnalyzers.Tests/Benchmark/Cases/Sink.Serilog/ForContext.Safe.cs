// benchmark: safe GDPR001
// ForContext attaches the plan.
using Serilog;

public sealed class Calls
{
    public void Connected(ILogger log, Customer customer)
    {
        ILogger callLog = log.ForContext("Plan", customer.Plan);
        callLog.Information("Call connected");
    }
}
