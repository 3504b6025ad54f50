// benchmark: safe GDPR001
// The same shape computing from the plan.
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class Normalisation
{
    public async Task RunAsync(ILogger logger, Customer customer)
    {
        string normalised = await Task.Run(() => customer.Plan.Trim().ToLowerInvariant());
        logger.LogInformation("Normalised plan {Plan}", normalised);
    }
}
