// benchmark: leak GDPR001
// A C# 12 collection expression holds the e-mail address; the recipient list is logged.
using Microsoft.Extensions.Logging;

public sealed class InvoiceMailer
{
    public void Send(ILogger<InvoiceMailer> logger, Customer customer, Order order)
    {
        string[] recipients = [customer.Email];
        logger.LogInformation("Invoice {Reference} sent to {Recipients}", order.Reference, recipients); // expected
    }
}
