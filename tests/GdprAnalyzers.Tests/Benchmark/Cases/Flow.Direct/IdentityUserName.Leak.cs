// benchmark: leak GDPR001
// ASP.NET Core Identity marks IdentityUser.UserName [ProtectedPersonalData].
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

public sealed class Lockout
{
    public void Locked(ILogger logger, IdentityUser user)
    {
        logger.LogWarning("Account {UserName} locked out", user.UserName); // expected
    }
}
