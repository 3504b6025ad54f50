// benchmark: safe GDPR001
// The same copy, the member set from the customer's plan.
using Microsoft.Extensions.Logging;

public sealed record TicketSummary(string Subject, string Contact, int Priority);

public sealed class TicketTriage
{
    public void Assign(ILogger<TicketTriage> logger, TicketSummary summary, Customer customer)
    {
        TicketSummary assigned = summary with { Contact = customer.Plan };
        logger.LogInformation("Ticket assigned: {@Ticket}", assigned);
    }
}
