// benchmark: safe GDPR001
// The extension is called with the order reference.
using Microsoft.Extensions.Logging;

public static class AuditLogging
{
    public static void Actor(this ILogger logger, string actor) => logger.LogInformation("Actor {Actor}", actor);
}

public sealed class Payments
{
    public void Paid(ILogger logger, Order order)
    {
        logger.Actor(order.Reference);
    }
}
