// benchmark: safe GDPR001
// The same switch over the plan.
using Microsoft.Extensions.Logging;

public sealed class Audit
{
    public void Record(ILogger logger, Customer customer)
    {
        object subject = customer.Plan;
        switch (subject)
        {
            case string text:
                logger.LogInformation("Audit subject {Subject}", text);
                break;
        }
    }
}
