// benchmark: safe GDPR004
// The local holds only non-personal values.
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
        string profile = customer.Plan + "/" + customer.Home.Country;
        return Eligibility.Offer(profile);
    }
}
