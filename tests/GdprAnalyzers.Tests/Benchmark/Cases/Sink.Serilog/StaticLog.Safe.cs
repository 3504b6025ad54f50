// benchmark: safe GDPR001
// Log.Information with the plan.
using Serilog;

public static class Registration
{
    public static void Registered(Customer customer)
    {
        Log.Information("Registered on {Plan}", customer.Plan);
    }
}
