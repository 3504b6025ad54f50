// benchmark: safe GDPR001
// IdentityUser.AccessFailedCount is not personal data on its own.
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

public sealed class Lockout
{
    public void Locked(ILogger logger, IdentityUser user)
    {
        logger.LogWarning("Account locked out after {Failures} failures", user.AccessFailedCount);
    }
}
