// benchmark: leak GDPR006
// An Identity user's PasswordHash written to a debug log while a sign-in is checked: the member is a credential.
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
        logger.LogDebug("Password check for hash {Hash}: {Valid}", user.PasswordHash, valid); // expected
        return valid;
    }
}
