// benchmark: safe GDPR001
// The audit entry's constructor stores its subject without logging it; the controller creates one with the e-mail.
using System;
using Microsoft.Extensions.Logging;

public sealed class AuditEntry
{
    public AuditEntry(ILogger logger, string subject)
    {
        Subject = subject;
        At = DateTimeOffset.UtcNow;
        logger.LogInformation("Audit entry at {At}", At);
    }

    public string Subject { get; }

    public DateTimeOffset At { get; }
}

public sealed class AccountController
{
    private readonly ILogger<AccountController> logger;

    public AccountController(ILogger<AccountController> logger) => this.logger = logger;

    public AuditEntry Deactivate(Customer customer)
    {
        customer.Plan = "none";
        return new AuditEntry(logger, customer.Email);
    }
}
