// benchmark: leak GDPR001
// log4net's Error(message, exception).
using System;
using log4net;

public sealed class Billing
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(Billing));

    public void Failed(Customer customer, Exception error) => Log.Error("Billing failed for " + customer.FullName, error); // expected
}
