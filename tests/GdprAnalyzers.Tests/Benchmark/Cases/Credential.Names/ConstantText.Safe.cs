// benchmark: safe GDPR006
// Constant text that mentions passwords and tokens: no value of a credential reaches the log.
using Microsoft.Extensions.Logging;

public sealed class PasswordPolicy
{
    private const string Rule = "a password needs 12 characters; a token expires after 1 hour";

    public void Rejected(ILogger logger, string newPassword)
    {
        logger.LogWarning("Password rejected by policy: {Rule}", Rule);
    }
}
