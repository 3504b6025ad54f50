// benchmark: leak GDPR001
// A private helper logs its parameter; the caller passes the e-mail. The finding belongs at the call.
using Microsoft.Extensions.Logging;

public sealed class Accounts
{
    private readonly ILogger logger;

    public Accounts(ILogger logger) => this.logger = logger;

    public void Close(Customer customer)
    {
        Audit(customer.Email); // expected
    }

    private void Audit(string who) => logger.LogInformation("Account closed by {Who}", who);
}
