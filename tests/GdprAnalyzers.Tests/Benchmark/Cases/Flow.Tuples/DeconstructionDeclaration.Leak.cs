// benchmark: leak GDPR001
// A tuple deconstructed into new locals.
using Microsoft.Extensions.Logging;

public sealed class Signup
{
    public void Completed(ILogger logger, Customer customer)
    {
        var (name, email) = (customer.FullName, customer.Email);
        logger.LogInformation("Signup completed for {Email}", email); // expected
    }
}
