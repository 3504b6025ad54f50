using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.ProbablePersonalDataSentAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR105: probable personal data sent to a recipient that is not declared, only with the opt-in option;
    /// marked data is GDPR011's.</summary>
    public sealed class ProbablePersonalDataSentTests
    {
        private const string Source = """
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.AI;

            public sealed class Greeter(IChatClient chat)
            {
                public Task<ChatResponse> GreetAsync(string firstName) => chat.GetResponseAsync("Greet " + {|#0:firstName|});

                public Task<ChatResponse> MarkedAsync([PersonalData] string lastName) => chat.GetResponseAsync(lastName);

                public Task<ChatResponse> PlanAsync(string plan) => chat.GetResponseAsync(plan);
            }

            public sealed class Declared([Recipient("Azure OpenAI", Country = "SE")] IChatClient chat)
            {
                public Task<ChatResponse> GreetAsync(string firstName) => chat.GetResponseAsync(firstName);
            }
            """;

        [Fact]
        public async Task OptionOn_UnmarkedNameSentWithoutRecipient_Reported_MarkedAndDeclaredNot()
        {
            var test = new Verify.Test { TestCode = Source, ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.probable_personal_data_in_flows = true")));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "firstName", "is probable personal data sent to 'IChatClient.GetResponseAsync' without a declared recipient"));
            await test.RunAsync();
        }

        [Fact]
        public async Task OptionOn_TestProject_NothingReported()
        {
            var test = new Verify.Test
            {
                TestCode = Source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty),
                ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.probable_personal_data_in_flows = true")));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task OptionOff_NothingReported()
        {
            await new Verify.Test
            {
                TestCode = Source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty),
                ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages,
            }.RunAsync();
        }
    }
}
