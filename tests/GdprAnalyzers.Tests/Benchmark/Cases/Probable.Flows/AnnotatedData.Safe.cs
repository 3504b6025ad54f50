// benchmark: safe GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// Annotated data (the model's Customer.Phone) is GDPR001's: one expression is never reported under both ids.
using Microsoft.Extensions.Logging;

public sealed class Bookings
{
    public void Confirmed(ILogger logger, Customer customer)
    {
        logger.LogInformation("Booking confirmed for {Phone}", customer.Phone);
    }
}
