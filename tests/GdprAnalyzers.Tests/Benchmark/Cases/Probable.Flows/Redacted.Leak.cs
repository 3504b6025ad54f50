// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated e-mail address logged as is.
using Microsoft.Extensions.Logging;

public sealed class Member
{
    public string Email { get; set; } = "";
}

public sealed class Welcome
{
    public void Sent(ILogger logger, Member member)
    {
        logger.LogInformation("Welcome sent to {Email}", member.Email); // expected
    }
}
