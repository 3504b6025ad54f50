// benchmark: leak GDPR001
// A value computed on the thread pool from the e-mail and awaited.
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public sealed class Normalisation
{
    public async Task RunAsync(ILogger logger, Customer customer)
    {
        string normalised = await Task.Run(() => customer.Email.Trim().ToLowerInvariant());
        logger.LogInformation("Normalised {Email}", normalised); // expected
    }
}
