// benchmark: safe GDPR001
// Serilog destructures a summary with no personal data.
using Serilog;

public static class CheckoutEndpoint
{
    public static void Handle(Order order)
    {
        Log.Information("Checkout {@Summary}", new OrderSummary(order.Reference, order.Total, order.ItemCount));
    }
}
