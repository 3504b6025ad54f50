// benchmark: leak GDPR001
// The interface declares the parameter personal data; the implementation logs it.
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
        logger.LogInformation("SMS to {Number}", phoneNumber); // expected
    }
}
