// benchmark: leak GDPR009
// An API key stored in an exception's Data, which error trackers send whole.
using System;
using System.Net.Http;

public sealed class Gateway
{
    public void Fail(string apiKey, HttpResponseMessage response)
    {
        var failure = new HttpRequestException("Gateway refused the call");
        failure.Data["key"] = apiKey; // expected
        failure.Data["status"] = (int)response.StatusCode;
        throw failure;
    }
}
