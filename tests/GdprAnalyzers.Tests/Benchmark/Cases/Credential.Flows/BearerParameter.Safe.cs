// benchmark: safe GDPR006
// Only the scheme of the Authorization header is logged, not its token.
using System.Net.Http;
using Microsoft.Extensions.Logging;

public sealed class PartnerClient
{
    public void Trace(ILogger<PartnerClient> logger, HttpRequestMessage request)
    {
        logger.LogDebug("Calling partner with scheme {Scheme}", request.Headers.Authorization?.Scheme);
    }
}
