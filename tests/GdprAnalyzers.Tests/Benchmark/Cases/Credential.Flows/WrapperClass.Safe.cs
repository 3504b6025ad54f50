// benchmark: safe GDPR006
// The same wrapper, called with the route only.
using Microsoft.Extensions.Logging;

public sealed class AppLog
{
    private readonly ILogger logger;

    public AppLog(ILogger logger) => this.logger = logger;

    public void Info(string message) => logger.LogInformation(message);
}

public sealed class Gateway
{
    public void Forwarding(AppLog log, string bearerToken, string route)
    {
        log.Info($"Forwarding to {route}");
    }
}
