// benchmark: leak GDPR001
// A static helper of another class logs its parameter; it is called with the name.
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
        AuditTrail.Record(logger, customer.FullName, "refund"); // expected
    }
}
