// benchmark: leak GDPR001
// The object is created empty and its property set to the e-mail afterwards.
using Microsoft.Extensions.Logging;

public sealed class AuditEntry
{
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
}

public sealed class Auditing
{
    public void Logout(ILogger logger, Customer customer)
    {
        var entry = new AuditEntry();
        entry.Action = "logout";
        entry.Actor = customer.Email;
        logger.LogInformation("Audit {@Entry}", entry); // expected
    }
}
