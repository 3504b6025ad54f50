// benchmark: safe GDPR001
// The span carries the plan; the e-mail address is only a tag's key here, never its value.
using System.Diagnostics;

public sealed class CheckoutTracing
{
    public void Tag(Activity activity, Customer customer)
    {
        activity.SetTag("customer.plan", customer.Plan);
    }
}
