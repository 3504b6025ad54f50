// benchmark: leak GDPR001
// A dictionary initializer holds the phone number; one entry is logged.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Profile
{
    public void Shown(ILogger logger, Customer customer)
    {
        var profile = new Dictionary<string, string?> { ["phone"] = customer.Phone, ["plan"] = customer.Plan };
        logger.LogInformation("Profile phone {Phone}", profile["phone"]); // expected
    }
}
