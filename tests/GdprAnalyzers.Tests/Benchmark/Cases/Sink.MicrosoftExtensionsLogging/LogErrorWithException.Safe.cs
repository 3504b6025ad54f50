// benchmark: safe GDPR001
// The same call with the order reference.
using System;
using Microsoft.Extensions.Logging;

public sealed class Payments
{
    public void Failed(ILogger<Payments> logger, Exception error, Order order)
    {
        logger.LogError(error, "Payment failed for order {Reference}", order.Reference);
    }
}
