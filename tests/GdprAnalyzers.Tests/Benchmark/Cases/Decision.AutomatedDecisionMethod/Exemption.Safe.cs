// benchmark: safe GDPR004
// Authorised by law (Art. 22(2)(b)) with its reason stated.
using GdprAnalyzers.Annotations;

public sealed class Screening
{
    [AutomatedDecision(Exemption = AutomatedDecisionExemption.AuthorisedByLaw, Reason = "Sanctions screening required by the national anti-money-laundering act")]
    public bool Grant(string applicant) => applicant.Length > 0;

    public bool Apply(Customer customer) => Grant(customer.FullName);
}
