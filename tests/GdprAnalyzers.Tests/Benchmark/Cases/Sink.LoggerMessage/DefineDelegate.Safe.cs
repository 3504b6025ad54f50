// benchmark: safe GDPR001
// The delegate called with the country.
using System;
using Microsoft.Extensions.Logging;

public sealed class Reminders
{
    private static readonly Action<ILogger, string?, Exception?> Sent =
        LoggerMessage.Define<string?>(LogLevel.Information, new EventId(2), "Reminder sent to {Phone}");

    public void Send(ILogger logger, Customer customer)
    {
        Sent(logger, customer.Country, null);
    }
}
