// benchmark: leak GDPR001
// A copy made with `with` of a record that holds no personal data, one member set from the customer's e-mail.
using Microsoft.Extensions.Logging;

public sealed record TicketSummary(string Subject, string Contact, int Priority);

public sealed class TicketTriage
{
    public void Assign(ILogger<TicketTriage> logger, TicketSummary summary, Customer customer)
    {
        TicketSummary assigned = summary with { Contact = customer.Email };
        logger.LogInformation("Ticket assigned: {@Ticket}", assigned); // expected
    }
}
