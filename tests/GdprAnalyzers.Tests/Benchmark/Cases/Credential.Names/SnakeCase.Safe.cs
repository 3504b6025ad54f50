// benchmark: safe GDPR006
// The token's type from the same response: "Bearer", not a secret.
using Microsoft.Extensions.Logging;

public sealed class TokenResponse
{
    public string access_token { get; set; } = "";
    public string token_type { get; set; } = "";
}

public sealed class TokenClient
{
    public void Received(ILogger logger, TokenResponse response)
    {
        logger.LogDebug("Token endpoint returned a {Type} token", response.token_type);
    }
}
