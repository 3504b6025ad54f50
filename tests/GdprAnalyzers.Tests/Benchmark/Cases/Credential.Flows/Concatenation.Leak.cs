// benchmark: leak GDPR006
// A connection string (with its password) concatenated into the message.
using Microsoft.Extensions.Logging;

public sealed class Database
{
    public void Opening(ILogger logger, string connectionString)
    {
        logger.LogInformation("Opening " + connectionString + " now"); // expected
    }
}
