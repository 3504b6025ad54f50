// benchmark: safe GDPR001
// A tuple of non-personal values deconstructed.
using Microsoft.Extensions.Logging;

public sealed class Signup
{
    public void Completed(ILogger logger, Customer customer)
    {
        var (plan, country) = (customer.Plan, customer.Country);
        logger.LogInformation("Signup completed on {Plan}", plan);
    }
}
