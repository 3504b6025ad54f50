// benchmark: safe GDPR001
// The same object built from the country.
using Microsoft.Extensions.Logging;

public sealed record DeliveryNote(string Destination, string Reference);

public sealed class Dispatch
{
    public void Printed(ILogger logger, Customer customer, Order order)
    {
        var note = new DeliveryNote(customer.Home.Country, order.Reference);
        logger.LogInformation("Delivery note {@Note}", note);
    }
}
