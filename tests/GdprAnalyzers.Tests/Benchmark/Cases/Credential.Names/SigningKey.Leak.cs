// benchmark: leak GDPR006
// A signing key: "key" after "signing" is a secret.
using Microsoft.Extensions.Logging;

public sealed class JwtSettings
{
    public string Issuer { get; set; } = "";
    public string SigningKey { get; set; } = "";
}

public sealed class JwtSetup
{
    public void Configured(ILogger logger, JwtSettings settings)
    {
        logger.LogInformation("JWT issuer {Issuer} signs with {Key}", settings.Issuer, settings.SigningKey); // expected
    }
}
