// benchmark: safe GDPR001
// The same field assigned the customer's country.
using Microsoft.Extensions.Logging;

public sealed class Sms
{
    private readonly ILogger logger;
    private string lastRecipient = "";

    public Sms(ILogger logger) => this.logger = logger;

    public void Send(Customer customer)
    {
        lastRecipient = customer.Country;
        logger.LogDebug("SMS queued for a customer in {Country}", lastRecipient);
    }
}
