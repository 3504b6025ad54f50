// benchmark: safe GDPR001
// The initializer sets the actor to a constant.
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
        var entry = new AuditEntry { Actor = "system", Action = "login" };
        logger.LogInformation("Audit {@Entry}", entry);
    }
}
