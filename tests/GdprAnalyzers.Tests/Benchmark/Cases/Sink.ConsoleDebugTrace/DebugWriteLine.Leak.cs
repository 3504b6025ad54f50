// benchmark: leak GDPR001
// Debug.WriteLine goes to every attached trace listener.
using System.Diagnostics;

public sealed class Matching
{
    public void Matched(Customer customer)
    {
        Debug.WriteLine("Matched " + customer.FullName); // expected
    }
}
