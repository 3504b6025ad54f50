// benchmark: leak GDPR001
// A method declares [return: PersonalData]; its result is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Accounts
{
    [return: PersonalData]
    public string EmailOf(int accountId) => "someone@example.com";

    public string PlanOf(int accountId) => "basic";

    public void Show(ILogger logger, int accountId)
    {
        logger.LogInformation("Account {Id}: {Email}", accountId, EmailOf(accountId)); // expected
    }
}
