// benchmark: leak GDPR001
// A tuple deconstructed into existing locals; the personal one is logged.
using Microsoft.Extensions.Logging;

public sealed class Handover
{
    public void Assign(ILogger logger, Customer customer)
    {
        string recipient, plan;
        (recipient, plan) = (customer.Email, customer.Plan);
        logger.LogInformation("Handover to {Recipient}", recipient); // expected
    }
}
