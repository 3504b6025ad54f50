using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.Tests.Flow.FlowProbeAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Flow
{
    /// <summary>
    /// The flow engine on its own, through <see cref="FlowProbeAnalyzer"/>: what it finds in a value and how it says the
    /// value holds personal data (<c>docs/flow-engine.md</c>, "When a value is personal data", sentences 1, 2, 3, 5, 6
    /// and 8), and the category its source carries, with no sink model or rule in between.
    /// </summary>
    public sealed class FlowEngineProbeTests
    {
        private static string InService(string body) => $$"""
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;

            public static class Probe
            {
                public static void Sink(object? value) { }
            }

            public sealed class Envelope
            {
                public Envelope(string to) => To = to;
                public string To { get; }
            }

            [PersonalData]
            public sealed class Address
            {
                public string City { get; set; } = "";
                public int Floor { get; set; }
            }

            [PersonalData(PersonalDataCategory.Financial)]
            public sealed class Card
            {
                public string Number { get; set; } = "";
            }

            public sealed class Customer
            {
                [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                [PersonalData(PersonalDataCategory.SpecialCategory)] public string Allergies { get; set; } = "";
                public System.Collections.Generic.List<Card> Cards { get; set; } = new();
                public Address Home { get; set; } = new();
                public string Plan { get; set; } = "";
            }

            public sealed class Service
            {
                public async Task Run(Customer customer)
                {
            {{body}}
                }
            }
            """;

        private static DiagnosticResult Found(int location, string name, string kind, string suffix = "", string category = "Contact") =>
            new DiagnosticResult(FlowProbeAnalyzer.Finding).WithLocation(location).WithArguments(name, kind, suffix, category);

        [Fact]
        public async Task MarkedMember_IsDirect_ItsTextTooButNotItsLength()
        {
            string body = """
                    Probe.Sink({|#0:customer.Email|});
                    Probe.Sink({|#1:customer.Email.Trim()|});
                    Probe.Sink(customer.Email.Length);
                    Probe.Sink(await Task.FromResult(customer.Email.Length));
                    Probe.Sink(customer.Plan);
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Found(0, "Customer.Email", "Direct"),
                Found(1, "Customer.Email", "Direct"));
        }

        [Fact]
        public async Task LocalAssignedPersonalData_IsFrom_ItsSource()
        {
            string body = """
                    string email = customer.Email;
                    Probe.Sink({|#0:email|});
                    string plan = customer.Plan;
                    Probe.Sink(plan);
            """;
            await Verify.VerifyAnalyzerAsync(InService(body), Found(0, "email", "From", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task WholeObject_Carries_ItsMembersNotForThatReason()
        {
            string body = """
                    Probe.Sink({|#0:customer|});
                    Probe.Sink(customer.Plan);
            """;
            await Verify.VerifyAnalyzerAsync(InService(body), Found(0, "customer", "Carries", " (it carries 'Customer.Email')"));
        }

        [Fact]
        public async Task MemberOfAMarkedType_IsPartOf_ExceptACount()
        {
            string body = """
                    Probe.Sink({|#0:customer.Home.City|});
                    Probe.Sink(customer.Home.Floor);
            """;
            await Verify.VerifyAnalyzerAsync(InService(body), Found(0, "Address.City", "PartOf", " (part of 'Customer.Home')", "none"));
        }

        [Fact]
        public async Task ObjectBuiltFromPersonalData_IsBuiltFrom()
        {
            string body = """
                    Probe.Sink({|#0:new Envelope(customer.Email)|});
                    Probe.Sink(new Envelope(customer.Plan));
            """;
            await Verify.VerifyAnalyzerAsync(InService(body), Found(0, "new Envelope", "BuiltFrom", " (built from 'Customer.Email')"));
        }

        /// <summary>A source fact carries its category: the one given to <c>[PersonalData(...)]</c> on the member, or on
        /// its type or element type; none where no category is given.</summary>
        [Fact]
        public async Task Category_FromTheMarkerOnTheMemberOrItsType()
        {
            string body = """
                    Probe.Sink({|#0:customer.Allergies|});
                    Probe.Sink({|#1:customer.Cards|});
                    Probe.Sink({|#2:customer.Home|});
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Found(0, "Customer.Allergies", "Direct", category: "SpecialCategory"),
                Found(1, "Customer.Cards", "Direct", category: "Financial"),
                Found(2, "Customer.Home", "Direct", category: "none"));
        }

        [Fact]
        public async Task Redacted_EndsTheFlow()
        {
            string body = """
                    Probe.Sink(Redact.Pseudonymize(customer.Email));
                    Probe.Sink(Redact.Erase(customer.Email));
            """;
            await Verify.VerifyAnalyzerAsync(InService(body));
        }
    }
}
