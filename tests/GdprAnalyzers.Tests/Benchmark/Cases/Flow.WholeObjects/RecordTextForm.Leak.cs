// benchmark: leak GDPR001
// A record logged with a plain {Subscriber} hole: its compiler-generated ToString prints every member, e-mail included.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed record SubscriberDto(int Id, [property: PersonalData] string Email, string Plan);

public sealed class NewsletterEndpoint
{
    private readonly ILogger<NewsletterEndpoint> logger;

    public NewsletterEndpoint(ILogger<NewsletterEndpoint> logger) => this.logger = logger;

    public int Subscribe(SubscriberDto subscriber)
    {
        logger.LogInformation("Subscribed {Subscriber}", subscriber); // expected
        return subscriber.Id;
    }
}
