// benchmark: safe GDPR104
// option: gdpr.probable_personal_data_in_flows = true
// The same decision with human review declared (Art. 22(3)).
using GdprAnalyzers.Annotations;

public sealed class Applicant
{
    public string Email { get; set; } = "";
}

[HumanReview]
public sealed class Screening
{
    [AutomatedDecision]
    public bool Reject(string email) => email.EndsWith(".invalid");

    public bool Run(Applicant applicant) => Reject(applicant.Email);
}
