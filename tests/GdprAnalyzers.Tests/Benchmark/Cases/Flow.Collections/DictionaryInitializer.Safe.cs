// benchmark: safe GDPR001
// The dictionary holds only non-personal values.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Profile
{
    public void Shown(ILogger logger, Customer customer)
    {
        var profile = new Dictionary<string, string?> { ["country"] = customer.Country, ["plan"] = customer.Plan };
        logger.LogInformation("Profile country {Country}", profile["country"]);
    }
}
