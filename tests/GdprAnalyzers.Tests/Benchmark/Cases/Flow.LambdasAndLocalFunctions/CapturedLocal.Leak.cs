// benchmark: leak GDPR001
// A lambda logs a local of its enclosing method.
using System;
using Microsoft.Extensions.Logging;

public sealed class Scheduler
{
    public Action Later(ILogger logger, Customer customer)
    {
        string email = customer.Email;
        return () => logger.LogInformation("Deferred mail to {Email}", email); // expected
    }
}
