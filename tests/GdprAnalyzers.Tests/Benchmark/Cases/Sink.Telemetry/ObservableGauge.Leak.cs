// benchmark: leak GDPR001
// An observable gauge reports a measurement tagged with the customer's e-mail address.
using System.Collections.Generic;
using System.Diagnostics.Metrics;

public sealed class BasketMetrics
{
    public void Watch(Meter meter, Customer customer)
    {
        meter.CreateObservableGauge("basket.visits", () => new Measurement<int>(customer.Visits, new KeyValuePair<string, object?>("email", customer.Email))); // expected
    }
}
