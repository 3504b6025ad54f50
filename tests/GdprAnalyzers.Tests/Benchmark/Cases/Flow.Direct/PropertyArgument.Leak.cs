// benchmark: leak GDPR001
// A [PersonalData] property passed straight to ILogger.
using Microsoft.Extensions.Logging;

public sealed class SignIn
{
    public void Succeeded(ILogger<SignIn> logger, Customer customer)
    {
        logger.LogInformation("Signed in {Email}", customer.Email); // expected
    }
}
