// benchmark: safe GDPR001
// An awaited result that is not personal data.
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public interface ICustomerDirectory
{
    [return: PersonalData]
    Task<string> FindEmailAsync(int customerId);

    Task<string> FindPlanAsync(int customerId);
}

public sealed class Reminder
{
    public async Task SendAsync(ILogger logger, ICustomerDirectory directory, int customerId)
    {
        string plan = await directory.FindPlanAsync(customerId);
        logger.LogInformation("Reminder sent on plan {Plan}", plan);
    }
}
