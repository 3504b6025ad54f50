// benchmark: leak GDPR001
// A lambda passed to List.ForEach logs a member of its parameter.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Broadcast
{
    public void Send(ILogger logger, List<Customer> customers)
    {
        customers.ForEach(c => logger.LogInformation("Broadcast to {Email}", c.Email)); // expected
    }
}
