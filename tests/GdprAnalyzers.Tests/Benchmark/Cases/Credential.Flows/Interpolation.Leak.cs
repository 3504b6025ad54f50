// benchmark: leak GDPR006
// A password interpolated into the message.
using Microsoft.Extensions.Logging;

public sealed class SignIn
{
    public void Failed(ILogger logger, string userName, string password)
    {
        logger.LogWarning($"Sign-in failed with password {password}"); // expected
    }
}
