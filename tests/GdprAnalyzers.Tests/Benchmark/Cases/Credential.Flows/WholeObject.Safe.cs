// benchmark: safe GDPR006
// A request destructured with {@Request} that holds no credential.
using Microsoft.Extensions.Logging;

public sealed class LogoutRequest
{
    public string SessionId { get; set; } = "";
    public bool Everywhere { get; set; }
}

public sealed class Logout
{
    public void Received(ILogger logger, LogoutRequest request)
    {
        logger.LogInformation("Logout request {@Request}", request);
    }
}
