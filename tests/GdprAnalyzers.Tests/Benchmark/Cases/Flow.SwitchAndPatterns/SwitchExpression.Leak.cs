// benchmark: leak GDPR001
// A switch expression picks a contact detail.
using Microsoft.Extensions.Logging;

public sealed class Channels
{
    public void Notify(ILogger logger, Customer customer, string channel)
    {
        string target = channel switch
        {
            "mail" => customer.Email,
            "sms" => customer.Phone ?? "",
            _ => "none",
        };
        logger.LogInformation("Notifying {Target}", target); // expected
    }
}
