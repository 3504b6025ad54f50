// benchmark: leak GDPR001
// A trace span's tag value is exported to the telemetry backend: the customer's e-mail address leaves with it.
using System.Diagnostics;

public sealed class CheckoutTracing
{
    public void Tag(Activity activity, Customer customer)
    {
        activity.SetTag("customer.email", customer.Email); // expected
    }
}
