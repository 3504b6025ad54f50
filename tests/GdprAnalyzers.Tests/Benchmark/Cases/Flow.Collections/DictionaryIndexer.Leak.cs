// benchmark: leak GDPR001
// An e-mail stored in a dictionary through its indexer, the dictionary logged.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Telemetry
{
    public void Event(ILogger logger, Customer customer)
    {
        var fields = new Dictionary<string, string>();
        fields["plan"] = customer.Plan;
        fields["email"] = customer.Email;
        logger.LogInformation("Event {Fields}", fields); // expected
    }
}
