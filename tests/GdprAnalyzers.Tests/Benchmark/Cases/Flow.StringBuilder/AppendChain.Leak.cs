// benchmark: leak GDPR001
// A StringBuilder filled with Append calls, logged through ToString().
using System.Text;
using Microsoft.Extensions.Logging;

public sealed class Invoices
{
    public void Issued(ILogger logger, Customer customer, Order order)
    {
        var text = new StringBuilder();
        text.Append("Invoice ").Append(order.Reference).Append(" for ").Append(customer.FullName);
        logger.LogInformation(text.ToString()); // expected
    }
}
