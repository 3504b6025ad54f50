// benchmark: leak GDPR001
// A metric measurement's tag value is exported as a dimension of the time series.
using System.Collections.Generic;
using System.Diagnostics.Metrics;

public sealed class OrderMetrics
{
    private static readonly Counter<int> Orders = new Meter("Shop").CreateCounter<int>("orders");

    public void Ordered(Customer customer)
    {
        Orders.Add(1, new KeyValuePair<string, object?>("customer", customer.Email)); // expected
    }
}
