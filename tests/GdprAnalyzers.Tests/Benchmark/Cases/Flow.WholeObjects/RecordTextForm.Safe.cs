// benchmark: safe GDPR001
// The same DTO as a class whose own ToString leaves the e-mail out, logged with the same plain hole.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class SubscriberDto
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
    public string Plan { get; set; } = "";

    public override string ToString() => $"subscriber #{Id} on {Plan}";
}

public sealed class NewsletterEndpoint
{
    private readonly ILogger<NewsletterEndpoint> logger;

    public NewsletterEndpoint(ILogger<NewsletterEndpoint> logger) => this.logger = logger;

    public int Subscribe(SubscriberDto subscriber)
    {
        logger.LogInformation("Subscribed {Subscriber}", subscriber);
        return subscriber.Id;
    }
}
