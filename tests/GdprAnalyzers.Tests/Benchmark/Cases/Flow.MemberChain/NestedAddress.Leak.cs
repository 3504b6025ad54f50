// benchmark: leak GDPR001
// A personal data member reached through a member chain.
using Microsoft.Extensions.Logging;

public sealed class Shipping
{
    public void Label(ILogger logger, Customer customer)
    {
        logger.LogInformation("Label printed for {Street}", customer.Home.Street); // expected
    }
}
