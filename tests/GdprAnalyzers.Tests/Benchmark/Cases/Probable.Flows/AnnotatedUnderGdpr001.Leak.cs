// benchmark: leak GDPR001
// option: gdpr.probable_personal_data_in_flows = true
// With the option on, annotated data logged is still reported as GDPR001.
using Microsoft.Extensions.Logging;

public sealed class Bookings
{
    public void Confirmed(ILogger logger, Customer customer)
    {
        logger.LogInformation("Booking confirmed for {Phone}", customer.Phone); // expected
    }
}
