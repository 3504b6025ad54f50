// benchmark: safe GDPR001
// The e-mail goes to the parameter the helper redacts.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Tickets
{
    private readonly ILogger logger;

    public Tickets(ILogger logger) => this.logger = logger;

    public void Opened(Customer customer)
    {
        Audit(customer.Email, customer.Plan);
    }

    private void Audit(string who, string detail) =>
        logger.LogInformation("Ticket opened by {Who}: {Detail}", Redact.Pseudonymize(who), detail);
}
