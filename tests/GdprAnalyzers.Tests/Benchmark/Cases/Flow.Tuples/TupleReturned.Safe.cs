// benchmark: safe GDPR001
// The same method returns the plan instead of the name.
using Microsoft.Extensions.Logging;

public sealed class MemberDirectory
{
    private static (string Plan, int Visits) Describe(Customer customer) => (customer.Plan, customer.Visits);

    public void Show(ILogger logger, Customer customer)
    {
        var (plan, visits) = Describe(customer);
        logger.LogInformation("{Plan} customer visited {Visits} times", plan, visits);
    }
}
