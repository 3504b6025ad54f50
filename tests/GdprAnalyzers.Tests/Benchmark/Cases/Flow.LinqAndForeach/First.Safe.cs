// benchmark: safe GDPR001
// First() of a projection onto the plan.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class Leaderboard
{
    public void Winner(ILogger logger, IEnumerable<Customer> customers)
    {
        string winner = customers.OrderByDescending(c => c.Visits).Select(c => c.Plan).First();
        logger.LogInformation("Most loyal plan: {Winner}", winner);
    }
}
