// benchmark: leak GDPR001
// An extension method on ILogger wraps LogInformation.
using Microsoft.Extensions.Logging;

public static class AuditLogging
{
    public static void Actor(this ILogger logger, string actor) => logger.LogInformation("Actor {Actor}", actor);
}

public sealed class Payments
{
    public void Paid(ILogger logger, Customer customer)
    {
        logger.Actor(customer.FullName); // expected
    }
}
