// benchmark: leak GDPR001
// An enricher adds the customer's e-mail address to every log event.
using Serilog.Core;
using Serilog.Events;

public sealed class CustomerEnricher : ILogEventEnricher
{
    private readonly Customer customer = new();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Customer", customer.Email)); // expected
    }
}
