// benchmark: safe GDPR001
// The same delegate called with the plan.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class CrmSyncJob
{
    private readonly ILogger<CrmSyncJob> logger;

    public CrmSyncJob(ILogger<CrmSyncJob> logger) => this.logger = logger;

    public async Task RunAsync(IReadOnlyList<Customer> changed)
    {
        Action<string> log = s => logger.LogInformation("Pushing {Value} to the CRM", s);
        foreach (Customer customer in changed)
        {
            log(customer.Plan);
            await Task.Delay(10);
        }
    }
}
