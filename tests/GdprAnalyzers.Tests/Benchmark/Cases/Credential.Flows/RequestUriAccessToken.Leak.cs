// benchmark: leak GDPR006
// The URI of a server-sent events request carries ?access_token= and is logged from the message.
using System.Net.Http;
using Microsoft.Extensions.Logging;

public sealed class EventStream
{
    public HttpRequestMessage Open(ILogger<EventStream> logger, string hub, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{hub}/events?access_token={value}");
        logger.LogInformation("Connecting to {Uri}", request.RequestUri); // expected
        return request;
    }
}
