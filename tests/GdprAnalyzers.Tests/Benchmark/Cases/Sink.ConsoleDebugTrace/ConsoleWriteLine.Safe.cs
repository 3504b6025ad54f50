// benchmark: safe GDPR001
// Console.WriteLine with the plan.
using System;

public sealed class Worker
{
    public void Handle(Customer customer)
    {
        Console.WriteLine($"Handling request on plan {customer.Plan}");
    }
}
