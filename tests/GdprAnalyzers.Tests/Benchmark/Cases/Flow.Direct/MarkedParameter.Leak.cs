// benchmark: leak GDPR001
// A parameter marked [PersonalData] logged in its own method.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Welcome
{
    public void Send(ILogger logger, [PersonalData] string email)
    {
        logger.LogInformation("Welcome mail sent to {Email}", email); // expected
    }
}
