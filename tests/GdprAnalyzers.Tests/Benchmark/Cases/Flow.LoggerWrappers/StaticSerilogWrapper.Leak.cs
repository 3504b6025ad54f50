// benchmark: leak GDPR001
// A static facade over Serilog's Log.
using Serilog;

public static class Telemetry
{
    public static void Event(string name, object? value) => Log.Information("{Name}: {Value}", name, value);
}

public sealed class Onboarding
{
    public void Completed(Customer customer)
    {
        Telemetry.Event("phone verified", customer.Phone); // expected
    }
}
