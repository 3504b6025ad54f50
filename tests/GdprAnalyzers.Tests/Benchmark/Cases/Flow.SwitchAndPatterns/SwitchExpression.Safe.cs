// benchmark: safe GDPR001
// A switch expression picks a channel name.
using Microsoft.Extensions.Logging;

public sealed class Channels
{
    public void Notify(ILogger logger, Customer customer, string channel)
    {
        string target = channel switch
        {
            "mail" => "e-mail",
            "sms" => customer.Phone is null ? "none" : "text message",
            _ => customer.Plan,
        };
        logger.LogInformation("Notifying by {Target}", target);
    }
}
