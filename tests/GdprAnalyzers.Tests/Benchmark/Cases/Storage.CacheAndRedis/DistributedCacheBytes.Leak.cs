// benchmark: leak GDPR002
// The phone number is encoded to bytes and cached.
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

public sealed class PhoneCache
{
    public Task PutAsync(IDistributedCache cache, string key, Customer customer)
    {
        return cache.SetAsync(key, Encoding.UTF8.GetBytes(customer.Phone ?? "")); // expected
    }
}
