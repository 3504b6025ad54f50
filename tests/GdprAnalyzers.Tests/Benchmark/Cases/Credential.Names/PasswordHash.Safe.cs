// benchmark: safe GDPR006
// The hash pseudonymised by Redact.Pseudonymize before it is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Account
{
    public string UserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
}

public sealed class Accounts
{
    public void Migrated(ILogger logger, Account account)
    {
        logger.LogDebug("Migrated hash {Hash}", Redact.Pseudonymize(account.PasswordHash));
    }
}
