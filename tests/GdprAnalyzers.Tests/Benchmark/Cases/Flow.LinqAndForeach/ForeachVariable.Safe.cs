// benchmark: safe GDPR001
// The loop variable of a foreach over plans.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class CallList
{
    public void Dial(ILogger logger, IEnumerable<Customer> customers)
    {
        foreach (string plan in customers.Select(c => c.Plan))
        {
            logger.LogDebug("Dialling plan {Plan}", plan);
        }
    }
}
