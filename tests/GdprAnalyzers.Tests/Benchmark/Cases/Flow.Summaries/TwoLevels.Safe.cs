// benchmark: safe GDPR001
// The same helpers are called with the country.
using Microsoft.Extensions.Logging;

public sealed class Sessions
{
    private readonly ILogger logger;

    public Sessions(ILogger logger) => this.logger = logger;

    public void Expired(Customer customer)
    {
        Outer(customer.Country);
    }

    private void Outer(string subject) => Inner("session of " + subject);

    private void Inner(string message) => logger.LogInformation(message);
}
