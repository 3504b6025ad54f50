// benchmark: leak GDPR001
// The result of a Func that selects the e-mail.
using System;
using Microsoft.Extensions.Logging;

public sealed class Selector
{
    public void Show(ILogger logger, Customer customer)
    {
        Func<Customer, string> pick = c => c.Email;
        logger.LogInformation("Selected {Value}", pick(customer)); // expected
    }
}
