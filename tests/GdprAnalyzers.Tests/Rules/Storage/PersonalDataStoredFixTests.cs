using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;
using BasisVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.LawfulBasisCodeFixProvider>;
using PurposeVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.ProcessingPurposeCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>The GDPR002/GDPR003 fixes: a person picks the purpose or basis and where it is declared.</summary>
    public sealed class PersonalDataStoredFixTests
    {
        private const string Context = """

            public sealed class ShopDb : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Customer> Customers => Set<Customer>();
            }
            """;

        [Fact]
        public async Task LawfulBasisOnType_FixAllInDocument_DeclaresOnceOnTheType()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Answer support requests")]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|GDPR003:Email|} { get; set; } = "";
                    [PersonalData] public string {|GDPR003:Phone|} { get; set; } = "";
                }
                """ + Context;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                [ProcessingPurpose("Answer support requests")]
                [LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                    [PersonalData] public string Phone { get; set; } = "";
                }
                """ + Context;

            await BasisVerify.VerifyPersonalChoiceFixAsync(source, fixedSource, LawfulBasisCodeFixProvider.EquivalenceKey(PersonalDataStoredAnalyzer.PlaceType, "Contract"));
        }

        [Fact]
        public async Task LawfulBasisOnMember_AddsUsingAndAttribute()
        {
            string source = """
                public sealed class Customer
                {
                    public int Id { get; set; }

                    [GdprAnalyzers.Annotations.PersonalData, GdprAnalyzers.Annotations.ProcessingPurpose("Send the newsletter")]
                    public string {|GDPR003:Email|} { get; set; } = "";
                }
                """ + Context;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    public int Id { get; set; }

                    [GdprAnalyzers.Annotations.PersonalData, GdprAnalyzers.Annotations.ProcessingPurpose("Send the newsletter")]
                    [LawfulBasis(LawfulBasis.Consent)]
                    public string Email { get; set; } = "";
                }
                """ + Context;

            await BasisVerify.VerifyPersonalChoiceFixAsync(source, fixedSource, LawfulBasisCodeFixProvider.EquivalenceKey(PersonalDataStoredAnalyzer.PlaceMember, "Consent"));
        }

        [Fact]
        public async Task ExistingPurpose_OfferedAndApplied()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                [LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData, ProcessingPurpose("Answer support requests")] public string Email { get; set; } = "";
                    [PersonalData] public string {|GDPR002:Phone|} { get; set; } = "";
                }
                """ + Context;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                [LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData, ProcessingPurpose("Answer support requests")] public string Email { get; set; } = "";
                    [ProcessingPurpose("Answer support requests")]
                    [PersonalData] public string Phone { get; set; } = "";
                }
                """ + Context;

            await PurposeVerify.VerifyPersonalChoiceFixAsync(
                source,
                fixedSource,
                ProcessingPurposeCodeFixProvider.PurposeKey(PersonalDataStoredAnalyzer.PlaceMember, "Answer support requests"));
        }

        [Fact]
        public async Task NewPurpose_InsertsPlaceholderThatStaysReported()
        {
            var test = new PurposeVerify.Test
            {
                TestCode = """
                    using GdprAnalyzers.Annotations;

                    [LawfulBasis(LawfulBasis.Contract)]
                    public sealed class Customer
                    {
                        public int Id { get; set; }
                        [PersonalData] public string {|GDPR002:Email|} { get; set; } = "";
                    }
                    """ + Context,
                FixedCode = """
                    using GdprAnalyzers.Annotations;

                    [LawfulBasis(LawfulBasis.Contract)]
                    public sealed class Customer
                    {
                        public int Id { get; set; }
                        [ProcessingPurpose("TODO: state why this personal data is processed")]
                        [PersonalData] public string {|#0:Email|} { get; set; } = "";
                    }
                    """ + Context,
                CodeActionEquivalenceKey = ProcessingPurposeCodeFixProvider.NewPurposeKey(PersonalDataStoredAnalyzer.PlaceMember),
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.FixedState.ExpectedDiagnostics.Add(
                PurposeVerify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers"));
            await test.RunAsync();
        }

        [Fact]
        public void DeclarationFixes_FixAllOnlyInDocumentAndProject_SoDotnetFormatNeverChooses()
        {
            foreach (CodeFixProvider provider in new CodeFixProvider[] { new LawfulBasisCodeFixProvider(), new ProcessingPurposeCodeFixProvider(), new RetentionPeriodCodeFixProvider() })
            {
                FixAllProvider? fixAll = provider.GetFixAllProvider();
                Assert.NotNull(fixAll);
                Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project }, fixAll!.GetSupportedFixAllScopes());
            }
        }

        [Fact]
        public async Task CallSiteFinding_DeclareOnStoringMethod()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                public sealed class Transcript
                {
                    [ProcessingPurpose("Keep the support transcript for quality review")]
                    public void Save(Customer customer) => File.AppendAllText("transcript.txt", {|GDPR003:customer.Email|});
                }

                public sealed class Customer
                {
                    [PersonalData] public string Email { get; set; } = "";
                }
                """;
            string fixedSource = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                public sealed class Transcript
                {
                    [ProcessingPurpose("Keep the support transcript for quality review")]
                    [LawfulBasis(LawfulBasis.LegitimateInterests)]
                    public void Save(Customer customer) => File.AppendAllText("transcript.txt", customer.Email);
                }

                public sealed class Customer
                {
                    [PersonalData] public string Email { get; set; } = "";
                }
                """;

            await BasisVerify.VerifyPersonalChoiceFixAsync(source, fixedSource, LawfulBasisCodeFixProvider.EquivalenceKey(PersonalDataStoredAnalyzer.PlaceMethod, "LegitimateInterests"));
        }
    }
}
