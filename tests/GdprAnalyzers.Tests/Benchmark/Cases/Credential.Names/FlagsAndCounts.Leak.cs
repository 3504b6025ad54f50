// benchmark: leak GDPR006
// A one-time password logged beside a count of attempts.
using Microsoft.Extensions.Logging;

public sealed class TwoFactor
{
    public void Sent(ILogger logger, string otp, int attempts)
    {
        logger.LogInformation("Sent code {Code} ({Attempts} attempts)", otp, attempts); // expected
    }
}
