// benchmark: leak GDPR001
// A local function logs its parameter; it is called with the phone number.
using Microsoft.Extensions.Logging;

public sealed class Dialer
{
    public void Dial(ILogger logger, Customer customer)
    {
        void Write(string value) => logger.LogInformation("Dialling {Value}", value);

        Write(customer.Phone ?? ""); // expected
    }
}
