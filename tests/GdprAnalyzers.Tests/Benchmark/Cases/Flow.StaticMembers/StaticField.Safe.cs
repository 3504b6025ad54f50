// benchmark: safe GDPR001
// The static field remembers the plan of the last recipient.
using Microsoft.Extensions.Logging;

public sealed class Newsletter
{
    private static string lastPlan = "";

    public void Send(Customer customer)
    {
        lastPlan = customer.Plan;
    }

    public void Report(ILogger<Newsletter> logger)
    {
        logger.LogInformation("Last newsletter sent on plan {Plan}", lastPlan);
    }
}
