// benchmark: leak GDPR001
// LogContext.PushProperty adds the name to every event in the block.
using Serilog;
using Serilog.Context;

public static class Chat
{
    public static void Session(Customer customer)
    {
        using (LogContext.PushProperty("Customer", customer.FullName)) // expected
        {
            Log.Information("Chat session started");
        }
    }
}
