// benchmark: safe GDPR001
// The event's tags hold the plan: counting signups needs no e-mail address.
using System.Diagnostics;

public sealed class SignupTracing
{
    public void Signed(Activity activity, Customer customer)
    {
        activity.AddEvent(new ActivityEvent("signup", tags: new ActivityTagsCollection { { "plan", customer.Plan } }));
    }
}
