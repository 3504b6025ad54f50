// benchmark: leak GDPR006
// The result of a method named after the secret: GetConnectionString's value is logged.
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
        logger.LogInformation("Migrating {Target}", settings.GetConnectionString("Main")); // expected
    }
}
