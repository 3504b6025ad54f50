// benchmark: safe GDPR001
// The local held the e-mail but is overwritten with the plan on every path before the log.
using Microsoft.Extensions.Logging;

public sealed class Diagnostics
{
    public void Trace(ILogger logger, Customer customer, bool verbose)
    {
        string subject = customer.Email;
        subject = customer.Plan;

        logger.LogDebug("Diagnosing {Subject}", subject);
    }
}
