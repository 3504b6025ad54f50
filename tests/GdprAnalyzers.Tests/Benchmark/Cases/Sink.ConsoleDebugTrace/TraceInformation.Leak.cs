// benchmark: leak GDPR001
// Trace.TraceInformation with a format argument.
using System.Diagnostics;

public sealed class Legacy
{
    public void Synced(Customer customer)
    {
        Trace.TraceInformation("Synced contact {0}", customer.Email); // expected
    }
}
