// benchmark: leak GDPR006
// The API key of a stored key record.
using Microsoft.Extensions.Logging;

public sealed class StoredApiKey
{
    public string ApiKeyName { get; set; } = "";
    public string ApiKey { get; set; } = "";
}

public sealed class Keys
{
    public void Rotated(ILogger logger, StoredApiKey key)
    {
        logger.LogInformation("Rotated {Key}", key.ApiKey); // expected
    }
}
