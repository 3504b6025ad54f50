// benchmark: leak GDPR003
// StackExchange.Redis StringSet with a purpose but no lawful basis.
using GdprAnalyzers.Annotations;
using StackExchange.Redis;

[ProcessingPurpose("Show the customer's name on the storefront")]
public sealed class NameCache
{
    public void Put(IDatabase redis, int customerId, Customer customer)
    {
        redis.StringSet("name:" + customerId, customer.FullName); // expected
    }
}
