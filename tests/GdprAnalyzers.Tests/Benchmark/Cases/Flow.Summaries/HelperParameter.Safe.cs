// benchmark: safe GDPR001
// The same helper is called with the plan.
using Microsoft.Extensions.Logging;

public sealed class Accounts
{
    private readonly ILogger logger;

    public Accounts(ILogger logger) => this.logger = logger;

    public void Close(Customer customer)
    {
        Audit(customer.Plan);
    }

    private void Audit(string who) => logger.LogInformation("Account closed by {Who}", who);
}
