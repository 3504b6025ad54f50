// benchmark: leak GDPR001
// The local starts harmless but may be overwritten with the e-mail before the log.
using Microsoft.Extensions.Logging;

public sealed class Diagnostics
{
    public void Trace(ILogger logger, Customer customer, bool verbose)
    {
        string subject = customer.Plan;
        if (verbose)
        {
            subject = customer.Email;
        }

        logger.LogDebug("Diagnosing {Subject}", subject); // expected
    }
}
