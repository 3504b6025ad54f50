// benchmark: safe GDPR016
// Identity's "download personal data" with the user's logins, authenticator key and claims.
using System.Security.Claims;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

public sealed class PortalUser : IdentityUser
{
}

public sealed class PortalDb : IdentityDbContext<PortalUser>
{
}

public sealed class PersonalDataDownload(UserManager<PortalUser> users)
{
    [AccessRequestHandler]
    public async Task<object> Download(ClaimsPrincipal principal)
    {
        PortalUser user = (await users.GetUserAsync(principal))!;
        return new
        {
            user.UserName,
            user.Email,
            user.PhoneNumber,
            Logins = await users.GetLoginsAsync(user),
            AuthenticatorKey = await users.GetAuthenticatorKeyAsync(user),
            Claims = await users.GetClaimsAsync(user),
        };
    }
}
