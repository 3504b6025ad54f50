// benchmark: leak GDPR001
// A helper that only normalises the e-mail is not a redaction.
using Microsoft.Extensions.Logging;

public sealed class Lookup
{
    private static string Normalise(string value) => value.Trim().ToLowerInvariant();

    public void Searched(ILogger logger, Customer customer)
    {
        logger.LogInformation("Looked up {Email}", Normalise(customer.Email)); // expected
    }
}
