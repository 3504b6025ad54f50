// benchmark: safe GDPR006
// The refresh token erased by Redact.Erase before Serilog sees it.
using GdprAnalyzers.Annotations;
using Serilog;

public static class Renewal
{
    public static void Renewed(string refreshToken)
    {
        Log.Information("Renewed with {RefreshToken}", Redact.Erase(refreshToken));
    }
}
