// benchmark: safe GDPR001
// The same helper is called with the order reference.
using Microsoft.Extensions.Logging;

public static class AuditTrail
{
    public static void Record(ILogger logger, string actor, string action) =>
        logger.LogInformation("{Actor} did {Action}", actor, action);
}

public sealed class Refunds
{
    public void Refund(ILogger logger, Customer customer, Order order)
    {
        AuditTrail.Record(logger, order.Reference, "refund");
    }
}
