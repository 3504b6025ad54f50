// benchmark: safe GDPR006
// The request's URI carries only a topic in its query.
using System.Net.Http;
using Microsoft.Extensions.Logging;

public sealed class EventStream
{
    public HttpRequestMessage Open(ILogger<EventStream> logger, string hub, string topic)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{hub}/events?topic={topic}");
        logger.LogInformation("Connecting to {Uri}", request.RequestUri);
        return request;
    }
}
