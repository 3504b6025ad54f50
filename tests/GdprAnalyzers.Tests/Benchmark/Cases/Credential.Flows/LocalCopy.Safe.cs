// benchmark: safe GDPR006
// The client id copied to a local, then logged: an identifier, not the secret.
using Microsoft.Extensions.Logging;

public sealed class OAuthOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}

public sealed class Startup
{
    public void Configure(ILogger logger, OAuthOptions options)
    {
        string value = options.ClientId;
        logger.LogDebug("OAuth configured with {Value}", value);
    }
}
