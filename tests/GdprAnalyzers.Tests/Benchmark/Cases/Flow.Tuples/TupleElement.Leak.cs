// benchmark: leak GDPR001
// A named tuple element holding the name.
using Microsoft.Extensions.Logging;

public sealed class Greeting
{
    public void Greet(ILogger logger, Customer customer)
    {
        var contact = (Name: customer.FullName, Visits: customer.Visits);
        logger.LogInformation("Hello {Name}", contact.Name); // expected
    }
}
