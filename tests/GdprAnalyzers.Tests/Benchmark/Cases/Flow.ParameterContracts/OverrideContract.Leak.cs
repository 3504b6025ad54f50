// benchmark: leak GDPR001
// The base method declares the parameter personal data; the override logs it.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public abstract class Notifier
{
    public abstract void Notify([PersonalData] string to, string subject);
}

public sealed class LoggingNotifier : Notifier
{
    private readonly ILogger logger;

    public LoggingNotifier(ILogger logger) => this.logger = logger;

    public override void Notify(string to, string subject)
    {
        logger.LogInformation("Notify {To}: {Subject}", to, subject); // expected
    }
}
