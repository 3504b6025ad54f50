using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using LogVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;
using OptionsVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.OptionsAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using StoreVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.LawfulBasisCodeFixProvider>;
using DecisionVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.AutomatedDecisionAnalyzer,
    GdprAnalyzers.CodeFixes.AutomatedDecisionCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>User-declared models in GdprAnalyzers.Models.txt: sources, overrides, sinks, decisions, sanitizers.</summary>
    public sealed class UserModelsTests
    {
        private const string Vendor = """

            namespace Vendor.Crm
            {
                public sealed class Contact
                {
                    public string Email { get; set; } = "";
                    public string Segment { get; set; } = "";
                }

                public sealed class AuditTrail
                {
                    public void Record(string entry) { }
                }

                public sealed class Archive
                {
                    public void Keep(string document) { }
                }

                public static class Scoring
                {
                    public static bool Approve(string applicant) => applicant.Length > 3;
                }

                public static class Masking
                {
                    public static string Mask(string value) => "***";
                }
            }
            """;

        private static void AddModels<T>(T test, string models)
            where T : AnalyzerTest<DefaultVerifier>
        {
            test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", models));
        }

        [Fact]
        public async Task DeclaredPersonalDataLogSinkAndSanitizer_Followed()
        {
            var test = new LogVerify.Test
            {
                TestCode = """
                    using Microsoft.AspNetCore.Identity;

                    public sealed class Service
                    {
                        public void Run(Vendor.Crm.Contact contact, Vendor.Crm.AuditTrail audit, IdentityUser user)
                        {
                            audit.Record("Contacted " + {|#0:contact.Email|});
                            audit.Record("Segment " + contact.Segment);
                            audit.Record(Vendor.Crm.Masking.Mask(contact.Email));
                            audit.Record("User " + user.UserName);
                        }
                    }
                    """ + Vendor,
            };
            AddModels(test, """
                # Third-party members that are personal data, and where they must not go.
                personal-data     P:Vendor.Crm.Contact.Email
                log-sink          M:Vendor.Crm.AuditTrail.Record(System.String)
                sanitizer         M:Vendor.Crm.Masking.Mask(System.String)
                not-personal-data P:Microsoft.AspNetCore.Identity.IdentityUser`1.UserName   # our user names are generated handles
                """);
            test.ExpectedDiagnostics.Add(LogVerify.Diagnostic().WithLocation(0).WithArguments("Contact.Email", "AuditTrail.Record", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task DeclaredStorageSink_Reported()
        {
            var test = new StoreVerify.Test
            {
                TestCode = """
                    public sealed class Service
                    {
                        public void Run(Vendor.Crm.Contact contact, Vendor.Crm.Archive archive) => archive.Keep({|#0:contact.Email|});
                    }
                    """ + Vendor,
            };
            AddModels(test, "personal-data P:Vendor.Crm.Contact.Email\nstorage-sink M:Vendor.Crm.Archive.Keep(System.String)\n");
            test.ExpectedDiagnostics.Add(StoreVerify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Contact.Email", "Archive.Keep"));
            test.ExpectedDiagnostics.Add(StoreVerify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Contact.Email", "Archive.Keep"));
            await test.RunAsync();
        }

        [Fact]
        public async Task DeclaredDecision_Reported()
        {
            var test = new DecisionVerify.Test
            {
                TestCode = """
                    public sealed class Service
                    {
                        public bool Run(Vendor.Crm.Contact contact) => Vendor.Crm.Scoring.Approve({|#0:contact.Email|});
                    }
                    """ + Vendor,
            };
            AddModels(test, "personal-data P:Vendor.Crm.Contact.Email\ndecision M:Vendor.Crm.Scoring.Approve(System.String)\n");
            test.ExpectedDiagnostics.Add(DecisionVerify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("Contact.Email", "Scoring.Approve"));
            await test.RunAsync();
        }

        [Fact]
        public async Task MalformedLines_ReportedAtTheirLine_OthersStillRead()
        {
            string models = """
                personal-data P:Vendor.Crm.Contact.Email
                personal-date P:Vendor.Crm.Contact.Email
                log-sink
                log-sink Vendor.Crm.AuditTrail.Record
                sanitizer M:Vendor.Crm.Masking.Missing(System.String)
                recipient T:Vendor.Crm.Contact role=Processor
                recipient T:Vendor.Crm.Contact name=Crm role=Vendor
                recipient T:Vendor.Crm.Contact name="Crm country=DE
                recipient P:Vendor.Crm.Contact.Email name=Crm
                recipient T:Vendor.Crm.Contact name="Contoso CRM" country=DE mechanism=StandardContractualClauses # read
                """;
            var test = new OptionsVerify.Test { TestCode = "public sealed class A { }" + Vendor };
            AddModels(test, models);
            string[] lines = models.Split('\n');
            DiagnosticResult AtLine(int line, string problem) =>
                new DiagnosticResult(RuleIds.InvalidOption, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                    .WithSpan("/GdprAnalyzers.Models.txt", line, 1, line, lines[line - 1].TrimEnd('\r').Length + 1)
                    .WithArguments("GdprAnalyzers.Models.txt: " + problem + "; the line is ignored");
            test.ExpectedDiagnostics.Add(AtLine(2, "unknown kind 'personal-date'; expected personal-data, not-personal-data, log-sink, storage-sink, decision, exception-sink, sanitizer, hashing, encryption, transfer-sink or recipient"));
            test.ExpectedDiagnostics.Add(AtLine(3, "expected a kind and one documentation-comment id, such as 'personal-data P:Vendor.Contact.Email'"));
            test.ExpectedDiagnostics.Add(AtLine(4, "'Vendor.Crm.AuditTrail.Record' is not a documentation-comment id (T:, P:, F:, M: followed by the full name)"));
            test.ExpectedDiagnostics.Add(AtLine(5, "'M:Vendor.Crm.Masking.Missing(System.String)' names no symbol of this compilation or its references"));
            test.ExpectedDiagnostics.Add(AtLine(6, "a recipient line needs name=... (in double quotes when it has spaces)"));
            test.ExpectedDiagnostics.Add(AtLine(7, "role 'Vendor' is not one of Unspecified, Processor, Controller, JointController"));
            test.ExpectedDiagnostics.Add(AtLine(8, "a double quote is not closed"));
            test.ExpectedDiagnostics.Add(AtLine(9, "'P:Vendor.Crm.Contact.Email' is not a type's or method's documentation-comment id (T: or M: followed by the full name) nor http-client:NAME"));
            await test.RunAsync();
        }
    }
}
