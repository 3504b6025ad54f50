// benchmark: safe GDPR001
// The same local function is called with the plan.
using Microsoft.Extensions.Logging;

public sealed class Dialer
{
    public void Dial(ILogger logger, Customer customer)
    {
        void Write(string value) => logger.LogInformation("Dialling {Value}", value);

        Write(customer.Plan);
    }
}
