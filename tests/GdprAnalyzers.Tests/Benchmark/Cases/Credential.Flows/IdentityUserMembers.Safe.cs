// benchmark: safe GDPR006
// The same check logs the Identity user's UserName: personal data (GDPR001), but no credential of the user that holds one.
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

public sealed class ShopUser : IdentityUser
{
    public string Plan { get; set; } = "basic";
}

public sealed class SignInCheck
{
    public async Task<bool> CheckAsync(ILogger<SignInCheck> logger, UserManager<ShopUser> users, string userName, string password)
    {
        ShopUser? user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return false;
        }

        bool valid = await users.CheckPasswordAsync(user, password);
        logger.LogDebug("Password check for {UserName}: {Valid}", user.UserName, valid);
        return valid;
    }
}
