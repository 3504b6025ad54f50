// benchmark: safe GDPR001
// The same query selects the plan of each inactive customer.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class InactivityReport
{
    public void Run(ILogger<InactivityReport> logger, IReadOnlyList<Customer> customers)
    {
        IEnumerable<string> inactive = from c in customers
                                       where c.Visits == 0
                                       select c.Plan;
        logger.LogInformation("Plans of inactive customers: {Plans}", string.Join(", ", inactive));
    }
}
