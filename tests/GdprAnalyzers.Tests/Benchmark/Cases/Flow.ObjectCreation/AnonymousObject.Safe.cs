// benchmark: safe GDPR001
// An anonymous object with non-personal members.
using Microsoft.Extensions.Logging;

public sealed class Profiles
{
    public void Viewed(ILogger logger, Customer customer)
    {
        logger.LogInformation("Profile viewed {@Profile}", new { customer.Plan, customer.Visits });
    }
}
