// benchmark: leak GDPR006
// The bearer token of an outgoing request, read from its Authorization header, is logged.
using System.Net.Http;
using Microsoft.Extensions.Logging;

public sealed class PartnerClient
{
    public void Trace(ILogger<PartnerClient> logger, HttpRequestMessage request)
    {
        logger.LogDebug("Calling partner with {Token}", request.Headers.Authorization?.Parameter); // expected
    }
}
