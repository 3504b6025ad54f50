// benchmark: leak GDPR006
// A private helper logs its parameter; the caller passes the refresh token. The finding belongs at the call.
using Microsoft.Extensions.Logging;

public sealed class Sessions
{
    private readonly ILogger logger;

    public Sessions(ILogger logger) => this.logger = logger;

    public void Refreshed(string refreshToken)
    {
        Trace(refreshToken); // expected
    }

    private void Trace(string detail) => logger.LogTrace("Session refreshed: {Detail}", detail);
}
