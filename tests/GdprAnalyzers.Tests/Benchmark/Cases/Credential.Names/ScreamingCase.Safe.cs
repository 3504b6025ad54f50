// benchmark: safe GDPR006
// The name of the environment variable that holds the key, not the key.
using Microsoft.Extensions.Logging;

public static class Settings
{
    public const string STRIPE_API_KEY_NAME = "STRIPE_API_KEY";
}

public sealed class Payments
{
    public void Starting(ILogger logger)
    {
        logger.LogInformation("Payments read their key from {Variable}", Settings.STRIPE_API_KEY_NAME);
    }
}
