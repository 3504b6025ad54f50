// benchmark: leak GDPR001
// A wrapper that forwards a template and params arguments.
using Microsoft.Extensions.Logging;

public sealed class ShopLogger
{
    private readonly ILogger logger;

    public ShopLogger(ILogger logger) => this.logger = logger;

    public void Info(string template, params object?[] args) => logger.LogInformation(template, args);
}

public sealed class Shipping
{
    public void Booked(ShopLogger log, Customer customer)
    {
        log.Info("Pickup booked at {Street}", customer.Home.Street); // expected
    }
}
