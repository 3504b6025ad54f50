// benchmark: leak GDPR001
// A helper returns a description built from the name; its result is logged.
using Microsoft.Extensions.Logging;

public sealed class Reports
{
    private static string Describe(Customer customer) => customer.FullName + " (" + customer.Plan + ")";

    public void Print(ILogger logger, Customer customer)
    {
        logger.LogInformation("Report for {Customer}", Describe(customer)); // expected
    }
}
