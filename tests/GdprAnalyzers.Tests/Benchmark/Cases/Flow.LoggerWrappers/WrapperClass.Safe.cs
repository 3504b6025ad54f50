// benchmark: safe GDPR001
// The wrapper is called with the plan.
using Microsoft.Extensions.Logging;

public sealed class AppLog
{
    private readonly ILogger logger;

    public AppLog(ILogger logger) => this.logger = logger;

    public void Info(string message) => logger.LogInformation(message);
}

public sealed class Login
{
    public void Succeeded(AppLog log, Customer customer)
    {
        log.Info($"Signed in on plan {customer.Plan}");
    }
}
