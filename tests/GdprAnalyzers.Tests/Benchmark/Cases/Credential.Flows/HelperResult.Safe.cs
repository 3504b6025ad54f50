// benchmark: safe GDPR006
// A helper describes the API key by its name; its result is logged.
using Microsoft.Extensions.Logging;

public sealed class ApiCredentials
{
    public string KeyName { get; set; } = "";
    public string ApiKey { get; set; } = "";
}

public sealed class Client
{
    private static string Header(ApiCredentials credentials) => "ApiKey named " + credentials.KeyName;

    public void Calling(ILogger logger, ApiCredentials credentials)
    {
        logger.LogDebug("Authorization: {Header}", Header(credentials));
    }
}
