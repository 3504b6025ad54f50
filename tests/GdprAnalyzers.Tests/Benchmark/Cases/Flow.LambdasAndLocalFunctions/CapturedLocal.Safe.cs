// benchmark: safe GDPR001
// The lambda captures the plan.
using System;
using Microsoft.Extensions.Logging;

public sealed class Scheduler
{
    public Action Later(ILogger logger, Customer customer)
    {
        string plan = customer.Plan;
        return () => logger.LogInformation("Deferred mail on plan {Plan}", plan);
    }
}
