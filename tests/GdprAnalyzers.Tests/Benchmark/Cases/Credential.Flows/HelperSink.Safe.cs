// benchmark: safe GDPR006
// The same helper, called with the token's lifetime.
using Microsoft.Extensions.Logging;

public sealed class Sessions
{
    private readonly ILogger logger;

    public Sessions(ILogger logger) => this.logger = logger;

    public void Refreshed(string refreshToken, int expiresInSeconds)
    {
        Trace(expiresInSeconds.ToString());
    }

    private void Trace(string detail) => logger.LogTrace("Session refreshed: {Detail}", detail);
}
