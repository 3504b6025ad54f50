// benchmark: safe GDPR001
// The same loop keeps the plan of the last customer.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Import
{
    public void Run(ILogger logger, List<Customer> customers)
    {
        string last = "";
        for (int i = 0; i < customers.Count; i++)
        {
            last = customers[i].Plan;
        }

        logger.LogInformation("Import finished at plan {Last}", last);
    }
}
