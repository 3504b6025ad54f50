// benchmark: safe GDPR006
// The database's name concatenated into the message.
using Microsoft.Extensions.Logging;

public sealed class Database
{
    public void Opening(ILogger logger, string connectionString, string databaseName)
    {
        logger.LogInformation("Opening " + databaseName + " now");
    }
}
