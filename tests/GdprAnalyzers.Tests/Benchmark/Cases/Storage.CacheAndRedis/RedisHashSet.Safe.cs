// benchmark: safe GDPR002
// HashSet of the plan.
using StackExchange.Redis;

public sealed class ContactHash
{
    public void Put(IDatabase redis, int customerId, Customer customer)
    {
        redis.HashSet("customer:" + customerId, "plan", customer.Plan);
    }
}
