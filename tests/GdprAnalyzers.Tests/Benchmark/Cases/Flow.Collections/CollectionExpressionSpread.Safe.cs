// benchmark: safe GDPR001
// The same collection expression spreads the shop's own copy addresses from its configuration.
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
        string[] copyAddresses = [.. options.Cc];
        List<string> recipients = [options.SupportAddress, .. copyAddresses];
        logger.LogInformation("Receipt copies sent to {Recipients}", recipients);
    }
}
