// benchmark: leak GDPR001
// Redact.Erase covers the name, not the phone number beside it.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Callbacks
{
    public void Missed(ILogger logger, Customer customer)
    {
        logger.LogWarning("Missed callback for {Name} at {Phone}", Redact.Erase(customer.FullName), customer.Phone); // expected
    }
}
