// benchmark: leak GDPR001
// The [PersonalData] parameter of a public method is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Mailer
{
    private readonly ILogger logger;

    public Mailer(ILogger logger) => this.logger = logger;

    public void Send([PersonalData] string recipient, string template)
    {
        logger.LogInformation("Sending {Template} to {Recipient}", template, recipient); // expected
    }
}
