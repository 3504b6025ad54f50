// benchmark: leak GDPR006
// An application's own log wrapper, called with an interpolated bearer token.
using Microsoft.Extensions.Logging;

public sealed class AppLog
{
    private readonly ILogger logger;

    public AppLog(ILogger logger) => this.logger = logger;

    public void Info(string message) => logger.LogInformation(message);
}

public sealed class Gateway
{
    public void Forwarding(AppLog log, string bearerToken)
    {
        log.Info($"Forwarding with Bearer {bearerToken}"); // expected
    }
}
