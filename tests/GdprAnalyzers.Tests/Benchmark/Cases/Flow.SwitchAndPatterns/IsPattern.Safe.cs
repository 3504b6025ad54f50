// benchmark: safe GDPR001
// The same pattern; only the length is logged.
using Microsoft.Extensions.Logging;

public sealed class Callback
{
    public void Schedule(ILogger logger, Customer customer)
    {
        if (customer.Phone is string phone)
        {
            logger.LogInformation("Callback scheduled for a number of {Digits} digits", phone.Length);
        }
    }
}
