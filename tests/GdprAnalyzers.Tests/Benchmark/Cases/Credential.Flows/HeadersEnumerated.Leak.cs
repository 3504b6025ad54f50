// benchmark: leak GDPR006
// Every header of an outgoing request (Authorization included) is appended to a log line.
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
            line.Append(header.Key).Append(": ").Append(string.Join(",", header.Value)).Append("; ");
        }

        logger.LogDebug("Sending {Headers}", line.ToString()); // expected
    }
}
