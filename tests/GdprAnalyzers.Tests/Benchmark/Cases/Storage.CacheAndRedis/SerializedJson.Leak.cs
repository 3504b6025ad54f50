// benchmark: leak GDPR002
// The whole customer is serialised to JSON and cached.
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

public sealed class ProfileCache
{
    public void Put(IDistributedCache cache, string key, Customer customer)
    {
        cache.SetString(key, JsonSerializer.Serialize(customer)); // expected
    }
}
