// benchmark: safe GDPR002
// An order summary is serialised and cached.
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

public sealed class ProfileCache
{
    public void Put(IDistributedCache cache, string key, Order order)
    {
        cache.SetString(key, JsonSerializer.Serialize(new OrderSummary(order.Reference, order.Total, order.ItemCount)));
    }
}
