// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated phone number logged: probable personal data, GDPR101.
using Microsoft.Extensions.Logging;

public sealed class Guest
{
    public string Phone { get; set; } = "";
}

public sealed class Bookings
{
    public void Confirmed(ILogger logger, Guest guest)
    {
        logger.LogInformation("Booking confirmed for {Phone}", guest.Phone); // expected
    }
}
