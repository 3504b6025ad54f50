// benchmark: leak GDPR001
// string.Join over personal data values.
using Microsoft.Extensions.Logging;

public sealed class Export
{
    public void Row(ILogger logger, Customer customer)
    {
        logger.LogDebug("Export row {Row}", string.Join(";", customer.FullName, customer.Country, customer.Plan)); // expected
    }
}
