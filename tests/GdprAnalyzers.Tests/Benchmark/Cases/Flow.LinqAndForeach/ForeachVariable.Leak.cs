// benchmark: leak GDPR001
// The loop variable of a foreach over phone numbers.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class CallList
{
    public void Dial(ILogger logger, IEnumerable<Customer> customers)
    {
        foreach (string phone in customers.Select(c => c.Phone ?? ""))
        {
            logger.LogDebug("Dialling {Phone}", phone); // expected
        }
    }
}
