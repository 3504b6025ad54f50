// benchmark: safe GDPR004
// The calling class is reviewed by a person ([HumanReview]).
using GdprAnalyzers.Annotations;

public sealed class CreditCheck
{
    [AutomatedDecision]
    public bool Approve(string applicant, decimal amount) => amount < 1000;
}

[HumanReview]
public sealed class Checkout
{
    public bool Pay(CreditCheck check, Customer customer, decimal amount) => check.Approve(customer.Email, amount);
}
