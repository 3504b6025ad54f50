using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.RetentionPeriodCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR013: every store of GDPR002 needs a retention period, an ISO 8601 duration, declared at the same
    /// places as a purpose (nearest wins); a placeholder or malformed period is reported with its own message.</summary>
    public sealed class RetentionPeriodTests
    {
        private const string Missing = "without a retention period";

        /// <summary>An entity with its purpose and basis declared, so that only GDPR013 can report; the member marked 0.</summary>
        private static string Entity(string memberAttributes, string contextAttributes = "", string setAttributes = "", string typeAttributes = "") => $$"""
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;

            [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
            {{typeAttributes}}
            public sealed class Customer
            {
                public int Id { get; set; }
                [PersonalData{{memberAttributes}}] public string {|#0:Email|} { get; set; } = "";
                public int Visits { get; set; }
            }

            {{contextAttributes}}
            public sealed class ShopDb : DbContext
            {
                {{setAttributes}}
                public DbSet<Customer> Customers => Set<Customer>();
            }
            """;

        [Fact]
        public async Task EntityMember_NoRetentionPeriod_ReportedAtDeclarationOnce()
        {
            await Verify.VerifyAnalyzerAsync(
                Entity(string.Empty),
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers", Missing));
        }

        [Theory]
        [InlineData("[RetentionPeriod(\"P90D\")]", "", "", "")]
        [InlineData("", "[RetentionPeriod(\"P2Y\", Criteria = \"after the customer's last order\")]", "", "")]
        [InlineData("", "", "[RetentionPeriod(\"P6M\")]", "")]
        [InlineData("", "", "", "[RetentionPeriod(\"P1Y\")]")]
        public async Task EntityMember_RetentionOnMemberContextSetOrType_NoDiagnostic(string member, string context, string set, string type)
        {
            await Verify.VerifyAnalyzerAsync(Entity(member.Length == 0 ? string.Empty : ", " + member.Trim('[', ']'), context, set, type).Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        }

        [Theory]
        [InlineData("")]
        [InlineData("TODO")]
        [InlineData("TBD")]
        [InlineData("?")]
        public async Task PlaceholderOnMember_ReportedWithPlaceholderMessage_EvenWhenTheContextDeclaresOne(string placeholder)
        {
            await Verify.VerifyAnalyzerAsync(
                Entity($", RetentionPeriod(\"{placeholder}\")", "[RetentionPeriod(\"P2Y\")]"),
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0)
                    .WithArguments("Customer.Email", "ShopDb.Customers", $"with the placeholder retention period '{placeholder}'"));
        }

        [Theory]
        [InlineData("90 days")]
        [InlineData("90D")]
        [InlineData("P")]
        [InlineData("PT")]
        [InlineData("P1DT")]
        [InlineData("-P90D")]
        [InlineData("P-90D")]
        [InlineData("p90d")]
        [InlineData("P90 D")]
        [InlineData("P1H")]
        [InlineData("PT1D")]
        [InlineData("P1D2Y")]
        [InlineData("P1.5Y2M")]
        [InlineData("P1.D")]
        [InlineData("P2YT")]
        [InlineData("P0003-06-04T12:30:05")]
        public async Task MalformedDuration_ReportedWithMalformedMessage(string duration)
        {
            await Verify.VerifyAnalyzerAsync(
                Entity($", RetentionPeriod(\"{duration}\")"),
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0)
                    .WithArguments("Customer.Email", "ShopDb.Customers", $"with the retention period '{duration}', which is not an ISO 8601 duration such as P90D"));
        }

        [Theory]
        [InlineData("P90D")]
        [InlineData("P2Y")]
        [InlineData("P1Y6M")]
        [InlineData("P1W")]
        [InlineData("PT12H")]
        [InlineData("PT30M")]
        [InlineData("P1Y2M3W4DT5H6M7S")]
        [InlineData("PT0.5S")]
        [InlineData("P1,5Y")]
        [InlineData("P0D")]
        public async Task WellFormedDuration_NoDiagnostic(string duration)
        {
            await Verify.VerifyAnalyzerAsync(Entity($", RetentionPeriod(\"{duration}\")").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        }

        [Fact]
        public async Task FileWrite_NoRetention_ReportedAtValue_RetentionOnTheWritingMethodCounts()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Let support staff follow the conversation up"), LawfulBasis(LawfulBasis.LegitimateInterests)]
                public sealed class Transcript
                {
                    public void Save(Customer customer) => File.AppendAllText("transcript.txt", {|#0:customer.Email|});

                    [RetentionPeriod("P30D", Criteria = "after the ticket is closed")]
                    public void SaveKept(Customer customer) => File.AppendAllText("transcript.txt", customer.Email);
                }

                public sealed class Customer
                {
                    [PersonalData] public string Email { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "File.AppendAllText", Missing));
        }

        [Fact]
        public async Task IdentityUserSubclass_InheritedPersonalData_ReportedOnSubclassOnce()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

                [ProcessingPurpose("Run customer accounts"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class {|#0:ShopUser|} : IdentityUser
                {
                }

                [ProcessingPurpose("Run customer accounts"), LawfulBasis(LawfulBasis.Contract), RetentionPeriod("P3Y", Criteria = "after the account is closed")]
                public sealed class KeptUser : IdentityUser
                {
                }

                public sealed class AppDb : IdentityDbContext<ShopUser>
                {
                }

                public sealed class KeptDb : IdentityDbContext<KeptUser>
                {
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0)
                    .WithArguments("IdentityUser.Id, IdentityUser.UserName, IdentityUser.Email, IdentityUser.EmailConfirmed and 3 more (inherited by ShopUser)", "AppDb.Users", Missing));
        }

        [Fact]
        public async Task NoStore_RetentionNotAsked()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class Greeter
                {
                    public string Greet(Customer customer) => "Hello " + customer.Email;
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task NewRetentionPeriod_OnMember_InsertsPlaceholderThatStaysReported()
        {
            string fixedSource = Entity(string.Empty).Replace("    [PersonalData] public", "    [RetentionPeriod(\"TODO\")]\n    [PersonalData] public");

            var test = new Verify.Test
            {
                TestCode = Entity(string.Empty),
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = RetentionPeriodCodeFixProvider.NewRetentionPeriodKey(PersonalDataStoredAnalyzer.PlaceMember),
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers", Missing));
            test.FixedState.ExpectedDiagnostics.Add(
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers", "with the placeholder retention period 'TODO'"));
            await test.RunAsync();
        }

        [Fact]
        public async Task NewRetentionPeriod_FixAllInDocumentOnType_DeclaresOnceAndStaysReported()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:Email|} { get; set; } = "";
                    [PersonalData] public string {|#1:Phone|} { get; set; } = "";
                }

                public sealed class ShopDb : Microsoft.EntityFrameworkCore.DbContext
                {
                    public Microsoft.EntityFrameworkCore.DbSet<Customer> Customers => Set<Customer>();
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                [RetentionPeriod("TODO")]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:Email|} { get; set; } = "";
                    [PersonalData] public string {|#1:Phone|} { get; set; } = "";
                }

                public sealed class ShopDb : Microsoft.EntityFrameworkCore.DbContext
                {
                    public Microsoft.EntityFrameworkCore.DbSet<Customer> Customers => Set<Customer>();
                }
                """;
            const string Placeholder = "with the placeholder retention period 'TODO'";
            var test = new Verify.Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = RetentionPeriodCodeFixProvider.NewRetentionPeriodKey(PersonalDataStoredAnalyzer.PlaceType),
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers", Missing));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(1).WithArguments("Customer.Phone", "ShopDb.Customers", Missing));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers", Placeholder));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(1).WithArguments("Customer.Phone", "ShopDb.Customers", Placeholder));
            await test.RunAsync();
        }

        [Fact]
        public async Task PlaceholderAtTheOnlyPlace_NoFixOffered()
        {
            // The placeholder is there to be edited: a second attribute would not compile.
            string source = """
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract), RetentionPeriod("TODO")]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData, RetentionPeriod("TODO")] public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class ShopDb : Microsoft.EntityFrameworkCore.DbContext
                {
                    public Microsoft.EntityFrameworkCore.DbSet<Customer> Customers => Set<Customer>();
                }
                """;

            await Verify.VerifyCodeFixAsync(
                source,
                source,
                RetentionPeriodCodeFixProvider.NewRetentionPeriodKey(PersonalDataStoredAnalyzer.PlaceType),
                Verify.Diagnostic(RuleIds.StoredWithoutRetention).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers", "with the placeholder retention period 'TODO'"));
        }
    }
}
