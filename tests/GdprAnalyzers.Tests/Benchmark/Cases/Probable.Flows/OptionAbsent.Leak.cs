// benchmark: leak GDPR101
// option: gdpr.probable_personal_data_in_flows = true
// The option on: an unannotated e-mail address logged through Serilog.
using Serilog;

public sealed class Applicant
{
    public string Email { get; set; } = "";
}

public sealed class Applications
{
    public void Received(Applicant applicant)
    {
        Log.Information("Application from {Email}", applicant.Email); // expected
    }
}
