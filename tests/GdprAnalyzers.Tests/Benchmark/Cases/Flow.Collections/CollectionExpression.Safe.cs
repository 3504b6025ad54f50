// benchmark: safe GDPR001
// The same recipient list; only its length is logged.
using Microsoft.Extensions.Logging;

public sealed class InvoiceMailer
{
    public void Send(ILogger<InvoiceMailer> logger, Customer customer, Order order)
    {
        string[] recipients = [customer.Email];
        logger.LogInformation("Invoice {Reference} sent to {Count} recipients", order.Reference, recipients.Length);
    }
}
