// benchmark: leak GDPR006
// The new password the user chose, in a message about the password policy.
using Microsoft.Extensions.Logging;

public sealed class PasswordPolicy
{
    public void Rejected(ILogger logger, string newPassword)
    {
        logger.LogWarning("Password rejected by policy: {Password}", newPassword); // expected
    }
}
