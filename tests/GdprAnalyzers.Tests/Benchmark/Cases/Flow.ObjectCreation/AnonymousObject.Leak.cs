// benchmark: leak GDPR001
// An anonymous object with the name, destructured into the log.
using Microsoft.Extensions.Logging;

public sealed class Profiles
{
    public void Viewed(ILogger logger, Customer customer)
    {
        logger.LogInformation("Profile viewed {@Profile}", new { customer.FullName, customer.Visits }); // expected
    }
}
