// benchmark: leak GDPR006
// The access token itself, passed straight to the log.
using Microsoft.Extensions.Logging;

public sealed class TokenIssuer
{
    public void Issued(ILogger<TokenIssuer> logger, string accessToken)
    {
        logger.LogInformation("Issued token {Token}", accessToken); // expected
    }
}
