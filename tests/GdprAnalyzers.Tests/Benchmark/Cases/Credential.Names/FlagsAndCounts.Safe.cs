// benchmark: safe GDPR006
// Flags, counts and dates about credentials are not credentials: HasPassword, TokenCount, PasswordExpiresAt.
using System;
using Microsoft.Extensions.Logging;

public sealed class Credentials
{
    public bool HasPassword { get; set; }
    public int TokenCount { get; set; }
    public DateTime PasswordExpiresAt { get; set; }
}

public sealed class Audit
{
    public void Checked(ILogger logger, Credentials credentials)
    {
        logger.LogInformation("Password set: {Has}, tokens: {Count}, expires {At}", credentials.HasPassword, credentials.TokenCount, credentials.PasswordExpiresAt);
    }
}
