// benchmark: safe GDPR012
// Only a SHA-256 hash of the token is kept: enough to check it when it comes back.
using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

public sealed class Sessions
{
    public void Keep(IDistributedCache cache, string sessionId, string refreshToken)
    {
        cache.SetString("session:" + sessionId, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken))));
    }
}
