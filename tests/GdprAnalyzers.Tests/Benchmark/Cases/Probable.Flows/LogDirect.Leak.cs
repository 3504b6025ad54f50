// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated e-mail address logged directly.
using Microsoft.Extensions.Logging;

public sealed class Lead
{
    public string Email { get; set; } = "";
    public bool EmailConfirmed { get; set; }
}

public sealed class Leads
{
    public void Captured(ILogger<Leads> logger, Lead lead)
    {
        logger.LogInformation("Lead captured {Email}", lead.Email); // expected
    }
}
