// benchmark: safe GDPR101
// The same code without the option: the opt-in rules register nothing.
using Serilog;

public sealed class Applicant
{
    public string Email { get; set; } = "";
}

public sealed class Applications
{
    public void Received(Applicant applicant)
    {
        Log.Information("Application from {Email}", applicant.Email);
    }
}
