// benchmark: safe GDPR001
// Debug.WriteLine with the visit count.
using System.Diagnostics;

public sealed class Matching
{
    public void Matched(Customer customer)
    {
        Debug.WriteLine("Matched after " + customer.Visits + " visits");
    }
}
