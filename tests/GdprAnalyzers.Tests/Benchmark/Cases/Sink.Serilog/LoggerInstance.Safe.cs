// benchmark: safe GDPR001
// The injected logger writes the country.
using Serilog;

public sealed class Deliveries
{
    private readonly ILogger log;

    public Deliveries(ILogger log) => this.log = log;

    public void Failed(Customer customer) => log.Warning("Delivery failed in {Country}", customer.Home.Country);
}
