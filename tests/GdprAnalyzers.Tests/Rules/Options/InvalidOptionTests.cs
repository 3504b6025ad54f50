using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
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
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig($"{key} = {value}")));
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
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig($"gdpr.console_is_log_sink = {value}")));
            await test.RunAsync();
        }

        [Fact]
        public async Task MalformedSharedKey_OverriddenForOneRule_StillReported()
        {
            // GDPR001 reads its own valid key, but GDPR006 reads the shared one: the typo changes what GDPR006 does.
            var test = new Verify.Test();
            test.TestState.Sources.Add("public sealed class A { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.console_is_log_sink = maybe", "gdpr.GDPR001.console_is_log_sink = false")));
            test.ExpectedDiagnostics.Add(
                new DiagnosticResult(RuleIds.InvalidOption, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                    .WithArguments("the value 'maybe' of option 'gdpr.console_is_log_sink' is not valid (expected 'true' or 'false'); the default 'true' is used"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("gdpr.console_is_logsink", "gdpr.console_is_log_sink")]
        [InlineData("gdpr.GDPR006.console_is_log_snk", "gdpr.GDPR006.console_is_log_sink")]
        [InlineData("gdpr.GDPR101.console_is_log_snk", "gdpr.GDPR101.console_is_log_sink")]
        [InlineData("gdpr.declarations_in_test_project", "gdpr.declarations_in_test_projects")]
        [InlineData("gdpr.probable_personal_data_in_flow", "gdpr.probable_personal_data_in_flows")]
        public async Task UnknownKey_ReportedWithNearestKnownKey(string key, string nearest)
        {
            // The compiler hands .editorconfig keys over in lower case; the message shows them so.
            var test = new Verify.Test();
            test.TestState.Sources.Add("public sealed class A { }");
            test.TestState.Sources.Add("public sealed class B { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig($"{key} = false", "dotnet_diagnostic.GDPR001.severity = error")));
            test.ExpectedDiagnostics.Add(
                new DiagnosticResult(RuleIds.InvalidOption, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                    .WithArguments($"the option '{key.ToLowerInvariant()}' is unknown and is ignored; did you mean '{nearest}'?"));
            await test.RunAsync();
        }

        [Fact]
        public async Task EveryKnownKey_NotReportedAsUnknown()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add("public sealed class A { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig(
                "gdpr.console_is_log_sink = true",
                "gdpr.GDPR001.console_is_log_sink = true",
                "gdpr.GDPR006.console_is_log_sink = true",
                "gdpr.GDPR101.console_is_log_sink = true",
                "gdpr.framework_sources = true",
                "gdpr.probable_personal_data_in_flows = false",
                "gdpr.declarations_in_test_projects = false")));
            await test.RunAsync();
        }
    }
}
