// benchmark: safe GDPR001
// AppendLine of each plan in a loop.
using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.Logging;

public sealed class Roster
{
    public void Print(ILogger logger, IEnumerable<Customer> customers)
    {
        var roster = new StringBuilder();
        foreach (Customer customer in customers)
        {
            roster.AppendLine(customer.Plan);
        }

        logger.LogInformation("Roster:\n{Roster}", roster);
    }
}
