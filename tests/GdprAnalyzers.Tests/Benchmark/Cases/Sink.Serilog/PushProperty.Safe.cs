// benchmark: safe GDPR001
// PushProperty with the visit count.
using Serilog;
using Serilog.Context;

public static class Chat
{
    public static void Session(Customer customer)
    {
        using (LogContext.PushProperty("Visits", customer.Visits))
        {
            Log.Information("Chat session started");
        }
    }
}
