// benchmark: leak GDPR001
// NLog's Warn with an exception first.
using System;
using NLog;

public sealed class Sms
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public void Failed(Exception error, Customer customer) => Log.Warn(error, "SMS to {Phone} failed", customer.Phone); // expected
}
