// benchmark: safe GDPR001
// The same handler logs whether the user is signed in and the claim type it reads, not the claim's value.
using System.Security.Claims;
using Microsoft.Extensions.Logging;

public sealed class ProfileEndpoint
{
    public string Get(ClaimsPrincipal user, ILogger<ProfileEndpoint> logger)
    {
        logger.LogInformation(
            "Profile requested, authenticated {Authenticated}, contact claim {ClaimType}",
            user.Identity?.IsAuthenticated,
            ClaimTypes.Email);
        return "profile";
    }
}
