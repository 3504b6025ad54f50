// benchmark: leak GDPR021
// Serilog's file sink with no rolling interval: one file keeps every event for as long as the server lives.
using Serilog;

public static class Logging
{
    public static ILogger Create() => new LoggerConfiguration()
        .WriteTo.File("logs/shop.log") // expected
        .CreateLogger();
}
