// benchmark: leak GDPR001
// Console.Error is the same container log as standard output.
using System;

public sealed class Worker
{
    public void Failed(Customer customer)
    {
        Console.Error.WriteLine("Request failed for " + customer.Phone); // expected
    }
}
