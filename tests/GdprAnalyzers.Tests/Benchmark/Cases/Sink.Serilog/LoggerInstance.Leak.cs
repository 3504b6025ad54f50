// benchmark: leak GDPR001
// An injected Serilog ILogger.
using Serilog;

public sealed class Deliveries
{
    private readonly ILogger log;

    public Deliveries(ILogger log) => this.log = log;

    public void Failed(Customer customer) => log.Warning("Delivery failed at {Street}", customer.Home.Street); // expected
}
