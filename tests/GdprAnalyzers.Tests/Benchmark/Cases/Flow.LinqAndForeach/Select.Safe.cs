// benchmark: safe GDPR001
// The same projection onto the plan.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class Mailing
{
    public void Prepare(ILogger logger, IEnumerable<Customer> customers)
    {
        List<string> plans = customers.Select(c => c.Plan).ToList();
        logger.LogInformation("Mailing prepared for plans {Plans}", plans);
    }
}
