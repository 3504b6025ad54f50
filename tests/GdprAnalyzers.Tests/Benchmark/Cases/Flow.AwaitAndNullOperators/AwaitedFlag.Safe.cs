// benchmark: safe GDPR001
// The awaited result of the same directory call is a bool: whether the address is known, not the address.
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
        bool existing = await directory.ExistsAsync(customer.Email);
        logger.LogInformation("Registration matched an existing customer: {Existing}", existing);
    }
}
