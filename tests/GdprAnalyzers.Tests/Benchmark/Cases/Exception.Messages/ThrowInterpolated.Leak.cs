// benchmark: leak GDPR009
// A customer's e-mail address interpolated into the message of a thrown exception.
using System;

public sealed class Accounts
{
    public void Close(Customer customer)
    {
        throw new InvalidOperationException($"No account for {customer.Email}"); // expected
    }
}
