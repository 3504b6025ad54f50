// benchmark: leak GDPR001
// A name added to a list, the list joined into the log.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Invoice
{
    public void Printed(ILogger logger, Customer customer, Order order)
    {
        var lines = new List<string>();
        lines.Add(order.Reference);
        lines.Add(customer.FullName);
        logger.LogInformation("Invoice lines {Lines}", string.Join(", ", lines)); // expected
    }
}
