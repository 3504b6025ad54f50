// benchmark: safe GDPR001
// The method without the contract is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Accounts
{
    [return: PersonalData]
    public string EmailOf(int accountId) => "someone@example.com";

    public string PlanOf(int accountId) => "basic";

    public void Show(ILogger logger, int accountId)
    {
        logger.LogInformation("Account {Id}: {Plan}", accountId, PlanOf(accountId));
    }
}
