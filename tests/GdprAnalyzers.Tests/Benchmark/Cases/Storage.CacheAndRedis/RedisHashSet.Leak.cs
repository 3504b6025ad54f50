// benchmark: leak GDPR002
// StackExchange.Redis HashSet of the phone number.
using StackExchange.Redis;

public sealed class ContactHash
{
    public void Put(IDatabase redis, int customerId, Customer customer)
    {
        redis.HashSet("customer:" + customerId, "phone", customer.Phone); // expected
    }
}
