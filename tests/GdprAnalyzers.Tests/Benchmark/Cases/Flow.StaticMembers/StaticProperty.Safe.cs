// benchmark: safe GDPR001
// The static auto-property holds a pseudonym of the number.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public static class LastCall
{
    public static string? Number { get; set; }
}

public sealed class Switchboard
{
    public void Answer(Customer customer)
    {
        LastCall.Number = Redact.Pseudonymize(customer.Phone ?? "");
    }

    public void Hangup(ILogger logger)
    {
        logger.LogWarning("Call with {Number} ended", LastCall.Number);
    }
}
