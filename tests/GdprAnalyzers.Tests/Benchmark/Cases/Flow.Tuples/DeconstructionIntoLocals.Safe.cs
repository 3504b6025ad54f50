// benchmark: safe GDPR001
// The same deconstruction; only the plan is logged.
using Microsoft.Extensions.Logging;

public sealed class Handover
{
    public void Assign(ILogger logger, Customer customer)
    {
        string recipient, plan;
        (recipient, plan) = (customer.Email, customer.Plan);
        logger.LogInformation("Handover on plan {Plan}", plan);
    }
}
