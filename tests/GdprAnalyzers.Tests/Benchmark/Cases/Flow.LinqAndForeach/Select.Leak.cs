// benchmark: leak GDPR001
// A LINQ projection onto the e-mail, materialised and logged.
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

public sealed class Mailing
{
    public void Prepare(ILogger logger, IEnumerable<Customer> customers)
    {
        List<string> emails = customers.Select(c => c.Email).ToList();
        logger.LogInformation("Mailing prepared for {Emails}", emails); // expected
    }
}
