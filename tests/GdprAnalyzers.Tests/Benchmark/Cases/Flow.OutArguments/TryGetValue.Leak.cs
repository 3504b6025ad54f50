// benchmark: leak GDPR001
// A dictionary of phone numbers by customer number; TryGetValue hands one out.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Dialer
{
    public void Dial(ILogger logger, IEnumerable<Customer> customers, int wanted)
    {
        var phones = new Dictionary<int, string>();
        foreach (Customer customer in customers)
        {
            phones[customer.Visits] = customer.Phone ?? "";
        }

        if (phones.TryGetValue(wanted, out string? phone))
        {
            logger.LogInformation("Dialling {Phone}", phone); // expected
        }
    }
}
