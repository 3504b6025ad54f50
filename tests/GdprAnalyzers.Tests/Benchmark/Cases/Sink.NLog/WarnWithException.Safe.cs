// benchmark: safe GDPR001
// Warn with the country.
using System;
using NLog;

public sealed class Sms
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public void Failed(Exception error, Customer customer) => Log.Warn(error, "SMS to {Country} failed", customer.Country);
}
