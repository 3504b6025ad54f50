// benchmark: safe GDPR006
// The same redirect URL with the state only.
using Microsoft.Extensions.Logging;

public sealed class Callback
{
    public void Redirecting(ILogger logger, string value)
    {
        logger.LogInformation("Redirecting to {Url}", $"https://app.example.com/cb?state={value}");
    }
}
