// benchmark: leak GDPR001
// A positional pattern on a record binds its e-mail address.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed record Subscription([PersonalData(PersonalDataCategory.Contact)] string Email, string Plan);

public sealed class Renewals
{
    public void Renew(ILogger logger, Subscription subscription)
    {
        if (subscription is (var email, "gold"))
        {
            logger.LogInformation("Gold renewal for {Email}", email); // expected
        }
    }
}
