// benchmark: leak GDPR001
// A tuple built from personal data by a method and deconstructed by its caller.
using Microsoft.Extensions.Logging;

public sealed class MemberDirectory
{
    private static (string Name, int Visits) Describe(Customer customer) => (customer.FullName, customer.Visits);

    public void Show(ILogger logger, Customer customer)
    {
        var (name, visits) = Describe(customer);
        logger.LogInformation("{Name} visited {Visits} times", name, visits); // expected
    }
}
