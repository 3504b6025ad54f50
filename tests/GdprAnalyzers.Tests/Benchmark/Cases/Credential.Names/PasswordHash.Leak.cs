// benchmark: leak GDPR006
// A password hash: it can be cracked offline, so the rule treats it as a credential.
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
        logger.LogDebug("Migrated hash {Hash}", account.PasswordHash); // expected
    }
}
