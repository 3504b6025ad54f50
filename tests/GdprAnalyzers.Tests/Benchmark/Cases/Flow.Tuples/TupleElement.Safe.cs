// benchmark: safe GDPR001
// A named tuple of non-personal values.
using Microsoft.Extensions.Logging;

public sealed class Greeting
{
    public void Greet(ILogger logger, Customer customer)
    {
        var contact = (Plan: customer.Plan, Visits: customer.Visits);
        logger.LogInformation("Hello, {Plan} customer", contact.Plan);
    }
}
