// benchmark: leak GDPR020
// The switch is read, but the setting is turned on outside it.
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
        }

        options.EnableSensitiveDataLogging(true); // expected
    }
}
