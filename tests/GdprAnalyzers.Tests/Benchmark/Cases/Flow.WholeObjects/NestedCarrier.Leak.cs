// benchmark: leak GDPR001
// The order carries its customer, whose e-mail a structured log writes.
using Microsoft.Extensions.Logging;

public sealed class OrderEvents
{
    public void Created(ILogger logger, Order order)
    {
        logger.LogInformation("Order created {@Order}", order); // expected
    }
}
