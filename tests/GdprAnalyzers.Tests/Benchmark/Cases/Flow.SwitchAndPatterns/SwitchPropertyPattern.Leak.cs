// benchmark: leak GDPR001
// A switch expression's arm returns the phone number its property pattern bound.
using Microsoft.Extensions.Logging;

public sealed class Reminders
{
    public void Remind(ILogger logger, Customer customer)
    {
        string target = customer switch
        {
            { Phone: { Length: > 0 } phone } => phone,
            _ => "post",
        };
        logger.LogInformation("Reminder sent to {Target}", target); // expected
    }
}
