// benchmark: safe GDPR001
// Only the count of the filtered list is logged.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class Retention
{
    public void Inactive(ILogger logger, IEnumerable<Customer> customers)
    {
        var inactive = customers.Where(c => c.Visits == 0).ToList();
        logger.LogInformation("Inactive customers: {Count}", inactive.Count);
    }
}
