// benchmark: leak GDPR001
// A variable declared by an is-pattern on the phone number.
using Microsoft.Extensions.Logging;

public sealed class Callback
{
    public void Schedule(ILogger logger, Customer customer)
    {
        if (customer.Phone is string phone)
        {
            logger.LogInformation("Callback scheduled for {Phone}", phone); // expected
        }
    }
}
