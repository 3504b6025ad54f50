using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.OptionsAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR900: a malformed option becomes one diagnostic per compilation, never an exception.</summary>
    public sealed class InvalidOptionTests
    {
        [Theory]
        [InlineData("gdpr.console_is_log_sink", "yes")]
        [InlineData("gdpr.GDPR001.console_is_log_sink", "0")]
        public async Task MalformedBoolean_ReportsOnceWithDefault(string key, string value)
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add("public sealed class A { }");
            test.TestState.Sources.Add("public sealed class B { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*]\n{key} = {value}\n"));
            test.ExpectedDiagnostics.Add(
                new DiagnosticResult(RuleIds.InvalidOption, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                    .WithArguments($"the value '{value}' of option '{key}' is not valid (expected 'true' or 'false'); the default 'true' is used"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("true")]
        [InlineData("False")]
        [InlineData(" false ")]
        public async Task WellFormedBoolean_NoDiagnostic(string value)
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add("public sealed class A { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*]\ngdpr.console_is_log_sink = {value}\n"));
            await test.RunAsync();
        }
    }
}
