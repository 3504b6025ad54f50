// benchmark: safe GDPR006
// The result of a method named after the provider.
using Microsoft.Extensions.Logging;

public sealed class DbSettings
{
    public string GetConnectionString(string name) => "Server=db;User Id=app;Password=" + name;

    public string GetProviderName(string name) => "Npgsql";
}

public sealed class Migrations
{
    public void Starting(ILogger logger, DbSettings settings)
    {
        logger.LogInformation("Migrating {Target}", settings.GetProviderName("Main"));
    }
}
