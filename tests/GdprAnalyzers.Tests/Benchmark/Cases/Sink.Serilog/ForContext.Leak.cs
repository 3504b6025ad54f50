// benchmark: leak GDPR001
// ForContext attaches the phone number to every event of the returned logger.
using Serilog;

public sealed class Calls
{
    public void Connected(ILogger log, Customer customer)
    {
        ILogger callLog = log.ForContext("Phone", customer.Phone); // expected
        callLog.Information("Call connected");
    }
}
