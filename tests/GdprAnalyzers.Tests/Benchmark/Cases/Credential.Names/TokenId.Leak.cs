// benchmark: leak GDPR006
// The refresh token of a stored grant.
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
        logger.LogInformation("Revoked grant {Grant}", grant.RefreshToken); // expected
    }
}
