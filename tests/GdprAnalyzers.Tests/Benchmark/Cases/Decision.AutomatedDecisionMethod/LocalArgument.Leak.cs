// benchmark: leak GDPR004
// The personal data reaches the decision through a local.
using GdprAnalyzers.Annotations;

public static class Eligibility
{
    [AutomatedDecision]
    public static bool Offer(string profile) => profile.Length > 3;
}

public sealed class Promotions
{
    public bool Target(Customer customer)
    {
        string profile = customer.FullName + "/" + customer.Home.Street;
        return Eligibility.Offer(profile); // expected
    }
}
