// benchmark: leak GDPR001
// LINQ query syntax over the loaded customers selects their e-mail addresses; the joined list is logged.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class InactivityReport
{
    public void Run(ILogger<InactivityReport> logger, IReadOnlyList<Customer> customers)
    {
        IEnumerable<string> inactive = from c in customers
                                       where c.Visits == 0
                                       select c.Email;
        logger.LogInformation("Inactive customers: {Customers}", string.Join(", ", inactive)); // expected
    }
}
