using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataSentAnalyzer,
    GdprAnalyzers.CodeFixes.RecipientCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR011's fix: a recipient declared elsewhere copied whole, or a placeholder that stays reported; Fix All
    /// in a document declares each place once; never in solution scope (dotnet format).</summary>
    public sealed class RecipientFixTests
    {
        private static string Bots(string fieldAttribute) => $$"""
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.AI;

            public sealed class Customer
            {
                [PersonalData] public string Name { get; set; } = "";
            }

            public sealed class SupportBot
            {
            {{fieldAttribute}}    private readonly IChatClient chat;

                public SupportBot(IChatClient chat) => this.chat = chat;

                public Task AnswerAsync(Customer customer) => chat.GetResponseAsync("Hello " + {|#0:customer.Name|});

                public Task ThankAsync(Customer customer) => chat.GetResponseAsync("Thank " + {|#1:customer.Name|});
            }

            public sealed class Summaries
            {
                [Recipient("OpenAI", Role = RecipientRole.Processor, Country = "US", Mechanism = TransferMechanism.StandardContractualClauses)]
                private readonly IChatClient model = null!;
            }
            """;

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Undeclared(int location) =>
            Verify.Diagnostic().WithLocation(location).WithArguments("Customer.Name", "is personal data sent to 'IChatClient.GetResponseAsync' without a declared recipient");

        [Fact]
        public async Task DeclaredRecipient_FixAllInDocument_CopiesTheWholeDeclarationOnce()
        {
            var test = new Verify.Test
            {
                TestCode = Bots(string.Empty),
                FixedCode = Bots("    [Recipient(\"OpenAI\", Role = RecipientRole.Processor, Country = \"US\", Mechanism = TransferMechanism.StandardContractualClauses)]\n").Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty),
                CodeActionEquivalenceKey = RecipientCodeFixProvider.RecipientKey(PersonalDataStoredAnalyzer.PlaceMember, "OpenAI"),
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.ExpectedDiagnostics.Add(Undeclared(0));
            test.ExpectedDiagnostics.Add(Undeclared(1));
            await test.RunAsync();
        }

        [Fact]
        public async Task NewRecipient_OnTheMethod_InsertsPlaceholderThatStaysReported()
        {
            string fixedSource = Bots(string.Empty).Replace(
                "    public Task AnswerAsync",
                "    [Recipient(\"TODO\")]\n    public Task AnswerAsync");
            var test = new Verify.Test
            {
                TestCode = Bots(string.Empty),
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = RecipientCodeFixProvider.NewRecipientKey(PersonalDataStoredAnalyzer.PlaceMethod),
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.FixOne | Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllCheck,
            };
            test.ExpectedDiagnostics.Add(Undeclared(0));
            test.ExpectedDiagnostics.Add(Undeclared(1));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Name", "is personal data sent to 'IChatClient.GetResponseAsync', whose recipient 'TODO' is a placeholder"));
            test.FixedState.ExpectedDiagnostics.Add(Undeclared(1));
            await test.RunAsync();
        }
    }
}
