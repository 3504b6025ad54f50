// benchmark: leak GDPR001
// The signed-in user's e-mail claim (FindFirstValue) is personal data without annotation: a framework source.
// The handler takes the ClaimsPrincipal ASP.NET Core binds for a minimal API (a controller's User is the same type).
using System.Security.Claims;
using Microsoft.Extensions.Logging;

public sealed class ProfileEndpoint
{
    public string Get(ClaimsPrincipal user, ILogger<ProfileEndpoint> logger)
    {
        logger.LogInformation("Profile requested by {Email}", user.FindFirstValue(ClaimTypes.Email)); // expected
        return "profile";
    }
}
