// benchmark: leak GDPR009
// The exception built from an address is logged: GDPR009 reports where the address enters the message.
using System;
using Microsoft.Extensions.Logging;

public sealed class Mailer
{
    public void Bounce(ILogger<Mailer> logger, Customer customer)
    {
        var bounce = new InvalidOperationException("Mail to " + customer.Email + " bounced"); // expected
        logger.LogError(bounce, "Delivery failed: {Reason}", bounce.Message);
    }
}
