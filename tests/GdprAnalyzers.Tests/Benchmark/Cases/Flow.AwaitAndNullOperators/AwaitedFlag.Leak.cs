// benchmark: leak GDPR001
// An awaited text computed from the e-mail address by a directory service: the description is logged.
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public interface ICustomerDirectory
{
    Task<bool> ExistsAsync(string email);

    Task<string> DescribeAsync(string email);
}

public sealed class Registration
{
    public async Task CheckAsync(ILogger<Registration> logger, ICustomerDirectory directory, Customer customer)
    {
        string existing = await directory.DescribeAsync(customer.Email);
        logger.LogInformation("Registration matched {Existing}", existing); // expected
    }
}
