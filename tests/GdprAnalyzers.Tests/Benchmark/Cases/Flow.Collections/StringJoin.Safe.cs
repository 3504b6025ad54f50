// benchmark: safe GDPR001
// string.Join over non-personal values.
using Microsoft.Extensions.Logging;

public sealed class Export
{
    public void Row(ILogger logger, Customer customer)
    {
        logger.LogDebug("Export row {Row}", string.Join(";", customer.Visits, customer.Country, customer.Plan));
    }
}
