// benchmark: leak GDPR001
// Two helpers deep: Outer passes its parameter to Inner, which logs it.
using Microsoft.Extensions.Logging;

public sealed class Sessions
{
    private readonly ILogger logger;

    public Sessions(ILogger logger) => this.logger = logger;

    public void Expired(Customer customer)
    {
        Outer(customer.Phone ?? ""); // expected
    }

    private void Outer(string subject) => Inner("session of " + subject);

    private void Inner(string message) => logger.LogInformation(message);
}
