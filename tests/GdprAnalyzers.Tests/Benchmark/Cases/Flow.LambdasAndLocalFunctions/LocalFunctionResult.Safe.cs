// benchmark: safe GDPR001
// The local function builds the greeting from the plan.
using Microsoft.Extensions.Logging;

public sealed class Letters
{
    public void Write(ILogger logger, Customer customer)
    {
        string Salutation() => "Dear " + customer.Plan + " customer";

        logger.LogInformation(Salutation());
    }
}
