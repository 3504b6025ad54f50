// benchmark: safe GDPR001
// The facade is called with the visit count.
using Serilog;

public static class Telemetry
{
    public static void Event(string name, object? value) => Log.Information("{Name}: {Value}", name, value);
}

public sealed class Onboarding
{
    public void Completed(Customer customer)
    {
        Telemetry.Event("visits", customer.Visits);
    }
}
