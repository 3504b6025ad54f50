// benchmark: safe GDPR001
// Only a count derived from the personal data parameter is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Welcome
{
    public void Send(ILogger logger, [PersonalData] string email)
    {
        logger.LogInformation("Welcome mail sent to an address of {Length} characters", email.Length);
    }
}
