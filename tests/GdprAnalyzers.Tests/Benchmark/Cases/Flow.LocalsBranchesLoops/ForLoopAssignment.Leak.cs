// benchmark: leak GDPR001
// A local assigned inside a for loop, logged after it.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Import
{
    public void Run(ILogger logger, List<Customer> customers)
    {
        string last = "";
        for (int i = 0; i < customers.Count; i++)
        {
            last = customers[i].Email;
        }

        logger.LogInformation("Import finished at {Last}", last); // expected
    }
}
