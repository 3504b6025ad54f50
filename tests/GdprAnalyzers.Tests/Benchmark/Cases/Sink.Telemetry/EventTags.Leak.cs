// benchmark: leak GDPR001
// An event's tags are exported with the span.
using System.Diagnostics;

public sealed class SignupTracing
{
    public void Signed(Activity activity, Customer customer)
    {
        activity.AddEvent(new ActivityEvent("signup", tags: new ActivityTagsCollection { { "email", customer.Email } })); // expected
    }
}
