// benchmark: leak GDPR012
// A refresh token kept in a distributed cache as issued.
using Microsoft.Extensions.Caching.Distributed;

public sealed class Sessions
{
    public void Keep(IDistributedCache cache, string sessionId, string refreshToken)
    {
        cache.SetString("session:" + sessionId, refreshToken); // expected
    }
}
