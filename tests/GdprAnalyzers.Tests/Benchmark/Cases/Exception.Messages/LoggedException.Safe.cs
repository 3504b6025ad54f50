// benchmark: safe GDPR009
// The address is pseudonymised in the message; the log of the exception writes no address.
using System;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Mailer
{
    public void Bounce(ILogger<Mailer> logger, Customer customer)
    {
        var bounce = new InvalidOperationException("Mail to " + Redact.Pseudonymize(customer.Email) + " bounced");
        logger.LogError(bounce, "Delivery failed: {Reason}", bounce.Message);
    }
}
