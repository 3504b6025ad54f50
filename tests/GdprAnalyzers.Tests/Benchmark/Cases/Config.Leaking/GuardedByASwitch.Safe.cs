// benchmark: safe GDPR020
// The setting is inside the branch of a switch bound from configuration.
using Microsoft.EntityFrameworkCore;

public sealed class DatabaseSettings
{
    public bool Verbose { get; set; }
}

public static class Database
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        if (settings.Verbose)
        {
            options.LogTo(System.Console.WriteLine);
            options.EnableSensitiveDataLogging(true);
        }
    }
}
