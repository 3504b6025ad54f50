// benchmark: leak GDPR104
// option: gdpr.probable_personal_data_in_flows = true
// An unannotated e-mail address reaches an [AutomatedDecision] method; nobody reviews it.
using GdprAnalyzers.Annotations;

public sealed class Applicant
{
    public string Email { get; set; } = "";
}

public sealed class Screening
{
    [AutomatedDecision]
    public bool Reject(string email) => email.EndsWith(".invalid");

    public bool Run(Applicant applicant) => Reject(applicant.Email); // expected
}
