// benchmark: safe GDPR006
// Only the partner's correlation header is logged.
using System.Net.Http;
using Microsoft.Extensions.Logging;

public sealed class PartnerSession
{
    public void Trace(ILogger<PartnerSession> logger, HttpResponseMessage response)
    {
        logger.LogDebug("Partner request {Id}", string.Join("; ", response.Headers.GetValues("X-Request-Id")));
    }
}
