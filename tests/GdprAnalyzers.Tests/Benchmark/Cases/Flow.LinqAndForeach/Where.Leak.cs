// benchmark: leak GDPR001
// Where keeps whole customers; the list is destructured into the log.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class Retention
{
    public void Inactive(ILogger logger, IEnumerable<Customer> customers)
    {
        var inactive = customers.Where(c => c.Visits == 0).ToList();
        logger.LogInformation("Inactive customers {@Customers}", inactive); // expected
    }
}
