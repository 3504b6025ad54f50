// benchmark: leak GDPR001
// Serilog's static Log.Information.
using Serilog;

public static class Registration
{
    public static void Registered(Customer customer)
    {
        Log.Information("Registered {Email}", customer.Email); // expected
    }
}
