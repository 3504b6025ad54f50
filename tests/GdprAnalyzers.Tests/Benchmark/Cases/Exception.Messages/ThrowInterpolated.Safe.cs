// benchmark: safe GDPR009
// The same exception names the customer's plan and visits, which are not personal data.
using System;

public sealed class Accounts
{
    public void Close(Customer customer)
    {
        throw new InvalidOperationException($"No account on plan {customer.Plan} after {customer.Visits} visits");
    }
}
