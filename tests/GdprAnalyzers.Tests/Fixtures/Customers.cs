namespace GdprAnalyzers.Tests.Fixtures
{
    /// <summary>
    /// The <c>Customer</c> types that many tests append to their code unchanged (<c>""" + Customers.Marked</c>). Each
    /// names the annotations library in full, so it compiles whatever the test's <c>using</c> directives, and begins
    /// with a blank line, so it can follow the test's last declaration. A test whose point is in the <c>Customer</c>
    /// itself (a marking, a diagnostic location, an entity key) writes its own, where the reader sees it.
    /// </summary>
    internal static class Customers
    {
        /// <summary>
        /// A customer with three members marked <c>[PersonalData]</c> and two that are not: <c>Email</c> (a string),
        /// <c>Phone</c> (a nullable string, for <c>?.</c> and null checks) and <c>CustomerNumber</c> (an <c>int</c>:
        /// personal data that is not text) are marked; <c>Visits</c> (an <c>int</c>) and <c>Plan</c> (a string) are not,
        /// so each leak has its compliant twin of the same type.
        /// </summary>
        internal const string Marked = """

            public sealed class Customer
            {
                [GdprAnalyzers.Annotations.PersonalData] public string Email { get; set; } = "";
                [GdprAnalyzers.Annotations.PersonalData] public string? Phone { get; set; }
                [GdprAnalyzers.Annotations.PersonalData] public int CustomerNumber { get; set; }
                public int Visits { get; set; }
                public string Plan { get; set; } = "";
            }
            """;

        /// <summary>
        /// A customer with one member marked <c>[PersonalData]</c>, <c>Email</c>, and one string that is not,
        /// <c>Plan</c>: the least a test needs for a leak and its compliant twin. Not an EF Core entity (no key).
        /// </summary>
        internal const string MarkedEmail = """

            public sealed class Customer
            {
                [GdprAnalyzers.Annotations.PersonalData] public string Email { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """;

        /// <summary>
        /// A customer whose only member, <c>Email</c>, is not marked: personal data by its name alone (what GDPR005
        /// finds and the opt-in rules GDPR101 to GDPR104 follow), and nothing to the rules that follow annotations.
        /// </summary>
        internal const string UnmarkedEmail = """

            public sealed class Customer
            {
                public string Email { get; set; } = "";
            }
            """;
    }
}
