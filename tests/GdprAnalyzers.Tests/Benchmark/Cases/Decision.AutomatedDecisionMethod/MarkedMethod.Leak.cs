// benchmark: leak GDPR004
// A method marked [AutomatedDecision] receives the e-mail.
using GdprAnalyzers.Annotations;

public sealed class CreditCheck
{
    [AutomatedDecision]
    public bool Approve(string applicant, decimal amount) => amount < 1000;
}

public sealed class Checkout
{
    public bool Pay(CreditCheck check, Customer customer, decimal amount) => check.Approve(customer.Email, amount); // expected
}
