// benchmark: safe GDPR009
// Only the status and the key's name go into Data.
using System;
using System.Net.Http;

public sealed class Gateway
{
    public void Fail(string apiKeyName, HttpResponseMessage response)
    {
        var failure = new HttpRequestException("Gateway refused the call");
        failure.Data["key"] = apiKeyName;
        failure.Data["status"] = (int)response.StatusCode;
        throw failure;
    }
}
