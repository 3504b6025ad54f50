// benchmark: safe GDPR001
// The gauge's measurement is tagged with the plan only.
using System.Collections.Generic;
using System.Diagnostics.Metrics;

public sealed class BasketMetrics
{
    public void Watch(Meter meter, Customer customer)
    {
        meter.CreateObservableGauge("basket.visits", () => new Measurement<int>(customer.Visits, new KeyValuePair<string, object?>("plan", customer.Plan)));
    }
}
