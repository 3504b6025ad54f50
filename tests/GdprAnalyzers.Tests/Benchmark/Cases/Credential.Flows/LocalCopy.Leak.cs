// benchmark: leak GDPR006
// The client secret copied to a local, then logged.
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
        string value = options.ClientSecret;
        logger.LogDebug("OAuth configured with {Value}", value); // expected
    }
}
