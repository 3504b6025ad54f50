// benchmark: safe GDPR001
// The override logs only the subject.
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
        logger.LogInformation("Notify: {Subject}", subject);
    }
}
