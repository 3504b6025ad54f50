// benchmark: safe GDPR001
// The same call with a property that is not personal data.
using Microsoft.Extensions.Logging;

public sealed class SignIn
{
    public void Succeeded(ILogger<SignIn> logger, Customer customer)
    {
        logger.LogInformation("Signed in on plan {Plan}", customer.Plan);
    }
}
