// benchmark: safe GDPR021
// No count limit, but files older than 30 days are deleted.
using System;
using Serilog;

public static class Logging
{
    public static ILogger Create() => new LoggerConfiguration()
        .WriteTo.File("logs/shop-.log", rollingInterval: RollingInterval.Day, retainedFileCountLimit: null, retainedFileTimeLimit: TimeSpan.FromDays(30))
        .CreateLogger();
}
