// benchmark: safe GDPR006
// The name of the same key record: it says which key, not what the key is.
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
        logger.LogInformation("Rotated {Key}", key.ApiKeyName);
    }
}
