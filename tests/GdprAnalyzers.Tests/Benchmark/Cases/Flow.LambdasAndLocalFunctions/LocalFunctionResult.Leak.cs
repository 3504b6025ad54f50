// benchmark: leak GDPR001
// A local function returns a greeting built from the name.
using Microsoft.Extensions.Logging;

public sealed class Letters
{
    public void Write(ILogger logger, Customer customer)
    {
        string Salutation() => "Dear " + customer.FullName;

        logger.LogInformation(Salutation()); // expected
    }
}
