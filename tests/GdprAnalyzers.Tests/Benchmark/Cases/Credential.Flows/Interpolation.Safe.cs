// benchmark: safe GDPR006
// The date of the last password reset, interpolated: a date, not the secret.
using System;
using Microsoft.Extensions.Logging;

public sealed class SignIn
{
    public void Failed(ILogger logger, string password, DateTime passwordResetAt)
    {
        logger.LogWarning($"Sign-in failed; password last reset {passwordResetAt:d}");
    }
}
