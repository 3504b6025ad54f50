// benchmark: safe GDPR001
// Trace.TraceInformation with a pseudonym.
using System.Diagnostics;
using GdprAnalyzers.Annotations;

public sealed class Legacy
{
    public void Synced(Customer customer)
    {
        Trace.TraceInformation("Synced contact {0}", Redact.Pseudonymize(customer.Email));
    }
}
