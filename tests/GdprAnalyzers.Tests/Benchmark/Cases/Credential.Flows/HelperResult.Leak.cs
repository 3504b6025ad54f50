// benchmark: leak GDPR006
// A helper builds the Authorization header from the API key; its result is logged.
using Microsoft.Extensions.Logging;

public sealed class ApiCredentials
{
    public string KeyName { get; set; } = "";
    public string ApiKey { get; set; } = "";
}

public sealed class Client
{
    private static string Header(ApiCredentials credentials) => "ApiKey " + credentials.ApiKey;

    public void Calling(ILogger logger, ApiCredentials credentials)
    {
        logger.LogDebug("Authorization: {Header}", Header(credentials)); // expected
    }
}
