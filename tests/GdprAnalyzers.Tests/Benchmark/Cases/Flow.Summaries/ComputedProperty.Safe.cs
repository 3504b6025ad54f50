// benchmark: safe GDPR001
// The same ticket; the computed property logged returns the customer's plan.
using Microsoft.Extensions.Logging;

public sealed class SupportTicket
{
    public Customer Customer { get; set; } = new();
    public string Subject { get; set; } = "";
    public string Contact => Customer.Email;
    public string Tier => Customer.Plan;
}

public sealed class Escalation
{
    public void Escalate(ILogger<Escalation> logger, SupportTicket ticket)
    {
        logger.LogWarning("Ticket {Subject} escalated, tier {Tier}", ticket.Subject, ticket.Tier);
    }
}
