// benchmark: leak GDPR001
// An application's own log wrapper, called with an interpolated e-mail.
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
        log.Info($"Signed in {customer.Email}"); // expected
    }
}
