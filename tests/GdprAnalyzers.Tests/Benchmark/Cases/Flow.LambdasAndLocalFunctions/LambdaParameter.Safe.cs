// benchmark: safe GDPR001
// The lambda logs the plan of its parameter.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Broadcast
{
    public void Send(ILogger logger, List<Customer> customers)
    {
        customers.ForEach(c => logger.LogInformation("Broadcast to plan {Plan}", c.Plan));
    }
}
