// benchmark: safe GDPR001
// The chain ends on a member that is not personal data.
using Microsoft.Extensions.Logging;

public sealed class Shipping
{
    public void Label(ILogger logger, Customer customer)
    {
        logger.LogInformation("Label printed for {Country}", customer.Home.Country);
    }
}
