// benchmark: safe GDPR020
// Turned on only after an early return when the switch bound from configuration is off.
using Microsoft.IdentityModel.Logging;

public sealed class TokenSettings
{
    public bool ShowPersonalDataInErrors { get; set; }
}

public static class TokenSetup
{
    public static void Configure(TokenSettings settings)
    {
        if (!settings.ShowPersonalDataInErrors)
        {
            return;
        }

        IdentityModelEventSource.ShowPII = true;
    }
}
