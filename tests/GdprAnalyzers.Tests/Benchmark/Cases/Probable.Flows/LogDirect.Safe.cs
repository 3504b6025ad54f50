// benchmark: safe GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// A look-alike: whether the e-mail address is confirmed is not the address.
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
        logger.LogInformation("Lead captured, confirmed: {Confirmed}", lead.EmailConfirmed);
    }
}
