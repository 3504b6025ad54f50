// benchmark: leak GDPR001
// ILogger.BeginScope with a dictionary state holding the e-mail.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Requests
{
    public void Handle(ILogger logger, Customer customer)
    {
        using (logger.BeginScope(new Dictionary<string, object> { ["Email"] = customer.Email })) // expected
        {
            logger.LogInformation("Handling request");
        }
    }
}
