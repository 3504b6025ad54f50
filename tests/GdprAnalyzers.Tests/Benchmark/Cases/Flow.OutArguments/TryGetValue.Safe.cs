// benchmark: safe GDPR001
// The dictionary is keyed by phone number and holds plans; TryGetValue hands out a plan.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Dialer
{
    public void Dial(ILogger logger, IEnumerable<Customer> customers, string wanted)
    {
        var plans = new Dictionary<string, string>();
        foreach (Customer customer in customers)
        {
            plans[customer.Phone ?? ""] = customer.Plan;
        }

        if (plans.TryGetValue(wanted, out string? plan))
        {
            logger.LogInformation("Dialling a customer on plan {Plan}", plan);
        }
    }
}
