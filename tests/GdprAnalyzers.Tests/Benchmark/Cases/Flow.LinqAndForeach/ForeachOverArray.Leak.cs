// benchmark: leak GDPR001
// A foreach over a local array of contact details.
using Microsoft.Extensions.Logging;

public sealed class Verification
{
    public void Start(ILogger logger, Customer customer)
    {
        string[] channels = { customer.Email, customer.Phone ?? "" };
        foreach (string channel in channels)
        {
            logger.LogInformation("Verification code sent to {Channel}", channel); // expected
        }
    }
}
