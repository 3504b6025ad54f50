// benchmark: leak GDPR001
// An audit entry's constructor logs its subject; a controller action creates one with the e-mail.
using System;
using Microsoft.Extensions.Logging;

public sealed class AuditEntry
{
    public AuditEntry(ILogger logger, string subject)
    {
        Subject = subject;
        At = DateTimeOffset.UtcNow;
        logger.LogInformation("Audit: {Subject} at {At}", subject, At);
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
        return new AuditEntry(logger, customer.Email); // expected
    }
}
