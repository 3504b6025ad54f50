// benchmark: leak GDPR001
// An object initializer sets the actor to the e-mail.
using Microsoft.Extensions.Logging;

public sealed class AuditEntry
{
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
}

public sealed class Auditing
{
    public void Login(ILogger logger, Customer customer)
    {
        var entry = new AuditEntry { Actor = customer.Email, Action = "login" };
        logger.LogInformation("Audit {@Entry}", entry); // expected
    }
}
