// benchmark: leak GDPR001
// A helper hands out the e-mail address through an out parameter.
using Microsoft.Extensions.Logging;

public sealed class Invoices
{
    public void Send(ILogger<Invoices> logger, Order order)
    {
        if (TryGetRecipient(order, out string recipient))
        {
            logger.LogInformation("Invoice {Reference} sent to {Recipient}", order.Reference, recipient); // expected
        }
    }

    private static bool TryGetRecipient(Order order, out string recipient)
    {
        recipient = order.Customer.Email;
        return recipient.Length > 0;
    }
}
