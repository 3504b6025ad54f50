// benchmark: leak GDPR001
// A [LoggerMessage] method called with the e-mail.
using Microsoft.Extensions.Logging;

public static partial class ShopLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Welcome {Email}")]
    public static partial void Welcome(ILogger logger, string email);
}

// Stands in for the part the logging source generator emits: the benchmark runs no generator.
public static partial class ShopLog
{
    public static partial void Welcome(ILogger logger, string email)
    {
    }
}

public sealed class Onboarding
{
    public void Start(ILogger logger, Customer customer)
    {
        ShopLog.Welcome(logger, customer.Email); // expected
    }
}
