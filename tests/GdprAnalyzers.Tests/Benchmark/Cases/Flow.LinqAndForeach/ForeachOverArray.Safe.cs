// benchmark: safe GDPR001
// The same loop over channel names.
using Microsoft.Extensions.Logging;

public sealed class Verification
{
    public void Start(ILogger logger, Customer customer)
    {
        string[] channels = { "email", customer.Phone is null ? "none" : "sms" };
        foreach (string channel in channels)
        {
            logger.LogInformation("Verification code sent by {Channel}", channel);
        }
    }
}
