// benchmark: leak GDPR006
// Serilog's static Log.Information with a refresh token.
using Serilog;

public static class Renewal
{
    public static void Renewed(string refreshToken)
    {
        Log.Information("Renewed with {RefreshToken}", refreshToken); // expected
    }
}
