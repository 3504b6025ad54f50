// benchmark: safe GDPR002
// The caching method declares purpose and basis.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Caching.Distributed;

public sealed class ContactCache
{
    [ProcessingPurpose("Answer support requests without a database round trip")]
    [LawfulBasis(LawfulBasis.Contract)]
    public void Put(IDistributedCache cache, int customerId, Customer customer)
    {
        cache.SetString("contact:" + customerId, customer.Email);
    }
}
