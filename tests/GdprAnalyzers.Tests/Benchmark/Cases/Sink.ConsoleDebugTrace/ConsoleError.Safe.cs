// benchmark: safe GDPR001
// Console.Error with the country.
using System;

public sealed class Worker
{
    public void Failed(Customer customer)
    {
        Console.Error.WriteLine("Request failed for a customer in " + customer.Country);
    }
}
