// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// A project helper logs its parameter; the caller passes an unannotated e-mail address.
using Microsoft.Extensions.Logging;

public sealed class Member
{
    public string Email { get; set; } = "";
}

public sealed class Mailer
{
    private readonly ILogger logger;

    public Mailer(ILogger logger) => this.logger = logger;

    public void Send(Member member)
    {
        Trace(member.Email); // expected
    }

    private void Trace(string recipient) => logger.LogDebug("Sending to {Recipient}", recipient);
}
