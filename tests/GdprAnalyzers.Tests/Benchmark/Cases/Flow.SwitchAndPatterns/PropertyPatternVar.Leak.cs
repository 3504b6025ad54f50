// benchmark: leak GDPR001
// A var pattern inside a property pattern binds the customer's e-mail address.
using Microsoft.Extensions.Logging;

public sealed class Receipts
{
    public void Send(ILogger logger, Order order)
    {
        if (order is { Customer.Email: var email, Total: > 0 })
        {
            logger.LogInformation("Receipt sent to {Email}", email); // expected
        }
    }
}
