// benchmark: leak GDPR004
// The interface member is the automated decision; the call goes through the implementation.
using GdprAnalyzers.Annotations;

public interface IRiskScore
{
    [AutomatedDecision]
    bool Accept(string phone);
}

public sealed class RiskScore : IRiskScore
{
    public bool Accept(string phone) => !phone.StartsWith("+999");
}

public sealed class Signup
{
    public bool Register(RiskScore score, Customer customer) => score.Accept(customer.Phone ?? ""); // expected
}
