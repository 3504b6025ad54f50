// benchmark: leak GDPR001
// A spread element (.. customerAddresses) copies the customer's e-mail into a second collection expression.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class MailOptions
{
    public string SupportAddress { get; set; } = "support@shop.example";
    public string[] Cc { get; set; } = [];
}

public sealed class ReceiptMailer
{
    public void Send(ILogger<ReceiptMailer> logger, Customer customer, MailOptions options)
    {
        string[] customerAddresses = [customer.Email];
        List<string> recipients = [options.SupportAddress, .. customerAddresses];
        logger.LogInformation("Receipt sent to {Recipients}", recipients); // expected
    }
}
