// benchmark: safe GDPR001
// Only the customer's plan is sent to Sentry as a tag (a stand-in for Sentry's scope: the served packages add a source
// generator).
using Sentry;

public sealed class ErrorContext
{
    public void Describe(Customer customer) =>
        SentrySdk.ConfigureScope(scope => scope.SetTag("plan", customer.Plan));
}

namespace Sentry
{
    public sealed class Scope
    {
        public void SetTag(string key, string value) { }
    }

    public static class SentrySdk
    {
        public static void ConfigureScope(System.Action<Scope> configure) => configure(new Scope());
    }
}
