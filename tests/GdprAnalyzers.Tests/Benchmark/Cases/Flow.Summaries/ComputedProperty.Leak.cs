// benchmark: leak GDPR001
// A computed property (=> Customer.Email) returns personal data; the ticket's Contact is logged.
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
        logger.LogWarning("Ticket {Subject} escalated, contact {Contact}", ticket.Subject, ticket.Contact); // expected
    }
}
