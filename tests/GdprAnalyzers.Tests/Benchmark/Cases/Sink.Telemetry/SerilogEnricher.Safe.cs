// benchmark: safe GDPR001
// The enricher adds the customer's plan only.
using Serilog.Core;
using Serilog.Events;

public sealed class CustomerEnricher : ILogEventEnricher
{
    private readonly Customer customer = new();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Plan", customer.Plan));
    }
}
