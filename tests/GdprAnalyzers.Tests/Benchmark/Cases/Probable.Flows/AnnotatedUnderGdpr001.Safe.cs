// benchmark: safe GDPR001
// option: gdpr.probable_personal_data_in_flows = true
// Unannotated data is GDPR101's, never GDPR001's.
using Microsoft.Extensions.Logging;

public sealed class Guest
{
    public string Phone { get; set; } = "";
}

public sealed class Bookings
{
    public void Confirmed(ILogger logger, Guest guest)
    {
        logger.LogInformation("Booking confirmed for {Phone}", guest.Phone);
    }
}
