// benchmark: leak GDPR021
// Rolled daily, but retainedFileCountLimit: null keeps every rolled file.
using Serilog;

public static class Logging
{
    public static ILogger Create() => new LoggerConfiguration()
        .WriteTo.File("logs/shop-.log", rollingInterval: RollingInterval.Day, retainedFileCountLimit: null) // expected
        .CreateLogger();
}
