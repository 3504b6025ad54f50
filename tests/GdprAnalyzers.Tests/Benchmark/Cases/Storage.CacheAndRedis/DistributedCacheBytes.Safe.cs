// benchmark: safe GDPR002
// The plan is encoded and cached.
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

public sealed class PhoneCache
{
    public Task PutAsync(IDistributedCache cache, string key, Customer customer)
    {
        return cache.SetAsync(key, Encoding.UTF8.GetBytes(customer.Plan));
    }
}
