// benchmark: leak GDPR001
// A field marked [PersonalData] logged from another method of its class.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Newsletter
{
    private readonly ILogger logger;
    [PersonalData] private readonly string recipient;
    private readonly string edition;

    public Newsletter(ILogger logger, [PersonalData] string recipient, string edition)
    {
        this.logger = logger;
        this.recipient = recipient;
        this.edition = edition;
    }

    public void Sent() => logger.LogInformation("Newsletter sent to {Recipient}", recipient); // expected
}
