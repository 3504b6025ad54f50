// benchmark: safe GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// The same value pseudonymised before it is logged.
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public sealed class Member
{
    public string Email { get; set; } = "";
}

public sealed class Welcome
{
    public void Sent(ILogger logger, Member member)
    {
        logger.LogInformation("Welcome sent to {Email}", Redact.Pseudonymize(member.Email));
    }
}
