// benchmark: safe GDPR006
// Only the names of an outgoing request's headers are appended to the log line.
using System.Net.Http;
using System.Text;
using Microsoft.Extensions.Logging;

public sealed class OutgoingLogger
{
    public void Trace(ILogger<OutgoingLogger> logger, HttpRequestMessage request)
    {
        var line = new StringBuilder();
        foreach (var header in request.Headers)
        {
            line.Append(header.Key).Append("; ");
        }

        logger.LogDebug("Sending {Headers}", line.ToString());
    }
}
