// benchmark: leak GDPR001
// LoggerExtensions.LogError with an exception and personal data among the arguments.
using System;
using Microsoft.Extensions.Logging;

public sealed class Payments
{
    public void Failed(ILogger<Payments> logger, Exception error, Customer customer)
    {
        logger.LogError(error, "Payment failed for {Email}", customer.Email); // expected
    }
}
