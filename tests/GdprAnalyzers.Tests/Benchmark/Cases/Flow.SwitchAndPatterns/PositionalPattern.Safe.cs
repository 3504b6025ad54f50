// benchmark: safe GDPR001
// The same positional pattern; only the plan it binds is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed record Subscription([PersonalData(PersonalDataCategory.Contact)] string Email, string Plan);

public sealed class Renewals
{
    public void Renew(ILogger logger, Subscription subscription)
    {
        if (subscription is (_, var plan) && plan != "free")
        {
            logger.LogInformation("Renewal on plan {Plan}", plan);
        }
    }
}
