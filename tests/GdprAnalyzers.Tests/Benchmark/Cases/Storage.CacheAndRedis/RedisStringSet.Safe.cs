// benchmark: safe GDPR003
// The class declares a lawful basis too.
using GdprAnalyzers.Annotations;
using StackExchange.Redis;

[ProcessingPurpose("Show the customer's name on the storefront")]
[LawfulBasis(LawfulBasis.Contract)]
public sealed class NameCache
{
    public void Put(IDatabase redis, int customerId, Customer customer)
    {
        redis.StringSet("name:" + customerId, customer.FullName);
    }
}
