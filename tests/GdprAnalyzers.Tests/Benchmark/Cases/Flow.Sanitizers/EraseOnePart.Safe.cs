// benchmark: safe GDPR001
// Redact.Erase covers both values.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Callbacks
{
    public void Missed(ILogger logger, Customer customer)
    {
        logger.LogWarning("Missed callback for {Name} at {Phone}", Redact.Erase(customer.FullName), Redact.Erase(customer.Phone));
    }
}
