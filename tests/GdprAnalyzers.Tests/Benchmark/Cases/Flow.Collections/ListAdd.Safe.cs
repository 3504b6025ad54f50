// benchmark: safe GDPR001
// Only non-personal values added to the list.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Invoice
{
    public void Printed(ILogger logger, Customer customer, Order order)
    {
        var lines = new List<string>();
        lines.Add(order.Reference);
        lines.Add(customer.Plan);
        logger.LogInformation("Invoice lines {Lines}", string.Join(", ", lines));
    }
}
