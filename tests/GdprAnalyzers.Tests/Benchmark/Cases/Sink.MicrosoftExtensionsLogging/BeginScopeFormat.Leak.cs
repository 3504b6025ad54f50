// benchmark: leak GDPR001
// A log scope carries the name into every entry written inside it.
using Microsoft.Extensions.Logging;

public sealed class Orders
{
    public void Process(ILogger logger, Customer customer, Order order)
    {
        using (logger.BeginScope("Customer {Name}", customer.FullName)) // expected
        {
            logger.LogInformation("Processing {Reference}", order.Reference);
        }
    }
}
