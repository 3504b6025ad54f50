// benchmark: safe GDPR001
// The helper hands out the customer's country through the out parameter.
using Microsoft.Extensions.Logging;

public sealed class Invoices
{
    public void Send(ILogger<Invoices> logger, Order order)
    {
        if (TryGetRecipient(order, out string country))
        {
            logger.LogInformation("Invoice {Reference} sent to {Country}", order.Reference, country);
        }
    }

    private static bool TryGetRecipient(Order order, out string country)
    {
        country = order.Customer.Home.Country;
        return country.Length > 0;
    }
}
