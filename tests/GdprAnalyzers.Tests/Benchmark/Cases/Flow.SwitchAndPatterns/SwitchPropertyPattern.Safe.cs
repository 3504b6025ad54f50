// benchmark: safe GDPR001
// The same switch binds the phone number only to test it; the arm returns a channel name.
using Microsoft.Extensions.Logging;

public sealed class Reminders
{
    public void Remind(ILogger logger, Customer customer)
    {
        string target = customer switch
        {
            { Phone: { Length: > 0 } phone } when phone.StartsWith("+33") => "text message",
            { Country: var country } => country,
        };
        logger.LogInformation("Reminder sent by {Target}", target);
    }
}
