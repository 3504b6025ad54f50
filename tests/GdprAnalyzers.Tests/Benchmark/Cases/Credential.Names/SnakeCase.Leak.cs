// benchmark: leak GDPR006
// A snake_case field from a token endpoint's JSON response.
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
        logger.LogDebug("Token endpoint returned {Token}", response.access_token); // expected
    }
}
