// benchmark: safe GDPR006
// The token's identifier, which gives no access.
using Microsoft.Extensions.Logging;

public sealed class TokenIssuer
{
    public void Issued(ILogger<TokenIssuer> logger, string accessToken, string tokenId)
    {
        logger.LogInformation("Issued token {TokenId}", tokenId);
    }
}
