// benchmark: safe GDPR001
// The implementation logs only the message length.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public interface ISmsGateway
{
    void Send([PersonalData] string phoneNumber, string text);
}

public sealed class LoggingSmsGateway : ISmsGateway
{
    private readonly ILogger logger;

    public LoggingSmsGateway(ILogger logger) => this.logger = logger;

    public void Send(string phoneNumber, string text)
    {
        logger.LogInformation("SMS of {Length} characters", text.Length);
    }
}
