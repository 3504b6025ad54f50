// benchmark: leak GDPR006
// The session cookies another service sets are logged from its response's Set-Cookie header.
using System.Net.Http;
using Microsoft.Extensions.Logging;

public sealed class PartnerSession
{
    public void Trace(ILogger<PartnerSession> logger, HttpResponseMessage response)
    {
        logger.LogDebug("Partner set {Cookies}", string.Join("; ", response.Headers.GetValues("Set-Cookie"))); // expected
    }
}
