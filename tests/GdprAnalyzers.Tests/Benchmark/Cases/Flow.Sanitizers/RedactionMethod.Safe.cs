// benchmark: safe GDPR001
// A helper marked [Redaction] masks the e-mail.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Lookup
{
    [Redaction]
    private static string Mask(string value) => value.Length > 2 ? value.Substring(0, 2) + "***" : "***";

    public void Searched(ILogger logger, Customer customer)
    {
        logger.LogInformation("Looked up {Email}", Mask(customer.Email));
    }
}
