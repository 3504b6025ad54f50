// benchmark: leak GDPR020
// Microsoft.IdentityModel writes personal data into its log and exception messages.
using Microsoft.IdentityModel.Logging;

public static class TokenSetup
{
    public static void Configure()
    {
        IdentityModelEventSource.ShowPII = true; // expected
    }
}
