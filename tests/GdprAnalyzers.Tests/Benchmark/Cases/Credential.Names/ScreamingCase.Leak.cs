// benchmark: leak GDPR006
// An API key read from the environment into a SCREAMING_CASE static field.
using System;
using Microsoft.Extensions.Logging;

public static class Settings
{
    public static readonly string STRIPE_API_KEY = Environment.GetEnvironmentVariable("STRIPE_API_KEY") ?? "";
}

public sealed class Payments
{
    public void Starting(ILogger logger)
    {
        logger.LogInformation("Payments starting with {Key}", Settings.STRIPE_API_KEY); // expected
    }
}
