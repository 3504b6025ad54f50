// benchmark: leak GDPR002
// IDistributedCache.SetString stores the e-mail.
using Microsoft.Extensions.Caching.Distributed;

public sealed class ContactCache
{
    public void Put(IDistributedCache cache, int customerId, Customer customer)
    {
        cache.SetString("contact:" + customerId, customer.Email); // expected
    }
}
