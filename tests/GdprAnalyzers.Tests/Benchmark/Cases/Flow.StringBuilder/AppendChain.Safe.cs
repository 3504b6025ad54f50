// benchmark: safe GDPR001
// The same builder filled with non-personal values.
using System.Text;
using Microsoft.Extensions.Logging;

public sealed class Invoices
{
    public void Issued(ILogger logger, Customer customer, Order order)
    {
        var text = new StringBuilder();
        text.Append("Invoice ").Append(order.Reference).Append(" for plan ").Append(customer.Plan);
        logger.LogInformation(text.ToString());
    }
}
