// benchmark: leak GDPR001
// Console.WriteLine: in a service, the console is the container log.
using System;

public sealed class Worker
{
    public void Handle(Customer customer)
    {
        Console.WriteLine($"Handling request of {customer.Email}"); // expected
    }
}
