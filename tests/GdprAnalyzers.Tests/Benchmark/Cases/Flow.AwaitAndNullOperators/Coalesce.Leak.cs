// benchmark: leak GDPR001
// ?? falls back from the phone to the e-mail: both are personal data.
using Microsoft.Extensions.Logging;

public sealed class Reachability
{
    public void Check(ILogger logger, Customer customer)
    {
        logger.LogInformation("Reachable at {Contact}", customer.Phone ?? customer.Email); // expected
    }
}
