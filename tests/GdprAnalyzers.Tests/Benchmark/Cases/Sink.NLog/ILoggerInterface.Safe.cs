// benchmark: safe GDPR001
// The same interface with the plan.
using NLog;

public sealed class Profiles
{
    private readonly ILogger log;

    public Profiles(ILogger log) => this.log = log;

    public void Renamed(Customer customer) => log.Error($"Rename rejected on plan {customer.Plan}");
}
