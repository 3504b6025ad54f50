// benchmark: leak GDPR001
// An awaited result whose method declares [return: PersonalData].
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
        string email = await directory.FindEmailAsync(customerId);
        logger.LogInformation("Reminder sent to {Email}", email); // expected
    }
}
