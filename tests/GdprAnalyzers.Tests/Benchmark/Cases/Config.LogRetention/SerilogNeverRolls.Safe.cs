// benchmark: safe GDPR021
// Rolled daily; Serilog keeps its default 31 files.
using Serilog;

public static class Logging
{
    public static ILogger Create() => new LoggerConfiguration()
        .WriteTo.File("logs/shop-.log", rollingInterval: RollingInterval.Day)
        .CreateLogger();
}
