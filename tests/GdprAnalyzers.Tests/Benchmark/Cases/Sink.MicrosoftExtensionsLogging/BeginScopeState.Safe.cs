// benchmark: safe GDPR001
// The dictionary state holds the plan.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Requests
{
    public void Handle(ILogger logger, Customer customer)
    {
        using (logger.BeginScope(new Dictionary<string, object> { ["Plan"] = customer.Plan }))
        {
            logger.LogInformation("Handling request");
        }
    }
}
