// benchmark: safe GDPR001
// The same property pattern binds the customer's plan.
using Microsoft.Extensions.Logging;

public sealed class Receipts
{
    public void Send(ILogger logger, Order order)
    {
        if (order is { Customer.Plan: var plan, Total: > 0 })
        {
            logger.LogInformation("Receipt sent on plan {Plan}", plan);
        }
    }
}
