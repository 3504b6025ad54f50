// benchmark: safe GDPR001
// The measurement is tagged with the plan; the customer's visits are the measured value, not a tag.
using System.Collections.Generic;
using System.Diagnostics.Metrics;

public sealed class OrderMetrics
{
    private static readonly Counter<int> Orders = new Meter("Shop").CreateCounter<int>("orders");

    public void Ordered(Customer customer)
    {
        Orders.Add(customer.Visits, new KeyValuePair<string, object?>("plan", customer.Plan));
    }
}
