// benchmark: leak GDPR001
// The helper redacts its first parameter but logs its second as is; the e-mail goes to the second.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Tickets
{
    private readonly ILogger logger;

    public Tickets(ILogger logger) => this.logger = logger;

    public void Opened(Customer customer)
    {
        Audit(customer.Plan, customer.Email); // expected
    }

    private void Audit(string who, string detail) =>
        logger.LogInformation("Ticket opened by {Who}: {Detail}", Redact.Pseudonymize(who), detail);
}
