// benchmark: safe GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// The same helper called with a company's e-mail address: the firm's, not a data subject's.
using Microsoft.Extensions.Logging;

public sealed class Company
{
    public string Email { get; set; } = "";
}

public sealed class Mailer
{
    private readonly ILogger logger;

    public Mailer(ILogger logger) => this.logger = logger;

    public void Send(Company company)
    {
        Trace(company.Email);
    }

    private void Trace(string recipient) => logger.LogDebug("Sending to {Recipient}", recipient);
}
