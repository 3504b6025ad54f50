// benchmark: safe GDPR001
// The Func selects the plan.
using System;
using Microsoft.Extensions.Logging;

public sealed class Selector
{
    public void Show(ILogger logger, Customer customer)
    {
        Func<Customer, string> pick = c => c.Plan;
        logger.LogInformation("Selected {Value}", pick(customer));
    }
}
