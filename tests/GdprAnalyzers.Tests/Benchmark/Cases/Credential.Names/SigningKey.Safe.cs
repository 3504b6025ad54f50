// benchmark: safe GDPR006
// A cache key: "key" after "cache" is a lookup key, not a secret.
using Microsoft.Extensions.Logging;

public sealed class Cache
{
    public void Missed(ILogger logger, string cacheKey)
    {
        logger.LogDebug("Cache miss for {Key}", cacheKey);
    }
}
