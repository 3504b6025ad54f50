// benchmark: leak GDPR001
// Serilog destructures the whole customer, e-mail included.
using Serilog;

public static class CheckoutEndpoint
{
    public static void Handle(Customer customer)
    {
        Log.Information("Checkout by {@Customer}", customer); // expected
    }
}
