// benchmark: leak GDPR001
// A delegate held in a local logs its parameter: a logger wrapper, called with the e-mail.
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
            log(customer.Email); // expected
            await Task.Delay(10);
        }
    }
}
