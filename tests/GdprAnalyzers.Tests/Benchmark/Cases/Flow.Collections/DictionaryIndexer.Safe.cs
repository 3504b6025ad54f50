// benchmark: safe GDPR001
// Only non-personal values stored in the dictionary.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Telemetry
{
    public void Event(ILogger logger, Customer customer)
    {
        var fields = new Dictionary<string, string>();
        fields["plan"] = customer.Plan;
        fields["country"] = customer.Country;
        logger.LogInformation("Event {Fields}", fields);
    }
}
