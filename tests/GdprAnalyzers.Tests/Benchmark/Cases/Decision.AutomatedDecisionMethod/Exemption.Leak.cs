// benchmark: leak GDPR004
// Contract necessity (Art. 22(2)(a)) still requires human intervention (Art. 22(3)).
using GdprAnalyzers.Annotations;

public sealed class InstantCredit
{
    [AutomatedDecision(Exemption = AutomatedDecisionExemption.ContractNecessity, Reason = "Instant credit is what the contract offers")]
    public bool Grant(string applicant) => applicant.Length > 0;

    public bool Apply(Customer customer) => Grant(customer.FullName); // expected
}
