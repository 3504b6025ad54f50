// benchmark: leak GDPR001
// An object built from the street by its constructor, destructured into the log.
using Microsoft.Extensions.Logging;

public sealed record DeliveryNote(string Destination, string Reference);

public sealed class Dispatch
{
    public void Printed(ILogger logger, Customer customer, Order order)
    {
        var note = new DeliveryNote(customer.Home.Street, order.Reference);
        logger.LogInformation("Delivery note {@Note}", note); // expected
    }
}
