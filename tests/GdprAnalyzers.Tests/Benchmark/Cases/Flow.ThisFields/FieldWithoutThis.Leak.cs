// benchmark: leak GDPR001
// A field assigned without 'this.', then logged.
using Microsoft.Extensions.Logging;

public sealed class Sms
{
    private readonly ILogger logger;
    private string lastRecipient = "";

    public Sms(ILogger logger) => this.logger = logger;

    public void Send(Customer customer)
    {
        lastRecipient = customer.Phone ?? "";
        logger.LogDebug("SMS queued for {Recipient}", lastRecipient); // expected
    }
}
