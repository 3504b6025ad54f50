// benchmark: leak GDPR001
// First() of a projection onto the name.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class Leaderboard
{
    public void Winner(ILogger logger, IEnumerable<Customer> customers)
    {
        string winner = customers.OrderByDescending(c => c.Visits).Select(c => c.FullName).First();
        logger.LogInformation("Most loyal customer: {Winner}", winner); // expected
    }
}
