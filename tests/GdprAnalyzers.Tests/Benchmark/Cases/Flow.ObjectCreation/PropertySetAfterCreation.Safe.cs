// benchmark: safe GDPR001
// The property is set to a constant afterwards.
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
        entry.Actor = "system";
        logger.LogInformation("Audit {@Entry}", entry);
    }
}
