// benchmark: leak GDPR001
// A static field remembers the last e-mail address in one method; another method logs it.
using Microsoft.Extensions.Logging;

public sealed class Newsletter
{
    private static string lastRecipient = "";

    public void Send(Customer customer)
    {
        lastRecipient = customer.Email;
    }

    public void Report(ILogger<Newsletter> logger)
    {
        logger.LogInformation("Last newsletter sent to {Recipient}", lastRecipient); // expected
    }
}
