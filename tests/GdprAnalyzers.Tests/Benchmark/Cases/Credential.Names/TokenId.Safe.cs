// benchmark: safe GDPR006
// The grant's token id: it names the token without giving access.
using Microsoft.Extensions.Logging;

public sealed class PersistedGrant
{
    public string TokenId { get; set; } = "";
    public string RefreshToken { get; set; } = "";
}

public sealed class Grants
{
    public void Revoked(ILogger logger, PersistedGrant grant)
    {
        logger.LogInformation("Revoked grant {Grant}", grant.TokenId);
    }
}
