// benchmark: safe GDPR001
// Error(message, exception) with the order reference.
using System;
using log4net;

public sealed class Billing
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Billing));

    public void Failed(Order order, Exception error) => Log.Error("Billing failed for order " + order.Reference, error);
}
