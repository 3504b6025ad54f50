// benchmark: safe GDPR001
// The helper's description holds no personal data.
using Microsoft.Extensions.Logging;

public sealed class Reports
{
    private static string Describe(Customer customer) => customer.Plan + " since " + customer.Visits + " visits";

    public void Print(ILogger logger, Customer customer)
    {
        logger.LogInformation("Report for {Customer}", Describe(customer));
    }
}
