using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GdprAnalyzers.Tests.Meta
{
    /// <summary>The examples of the rule pages and the README are run through all analyzers: a non-compliant example
    /// reports its rule, a compliant one does not, and C# examples compile.</summary>
    public sealed class DocsExampleTests
    {
        private const string PlainCode = "public static class Empty { }";

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public async Task RulePage_NonCompliantExamples_ReportRule(string id)
        {
            ImmutableArray<CodeBlock> examples = Examples(id, "### Non-compliant");
            Assert.NotEmpty(examples);
            foreach (CodeBlock example in examples)
            {
                ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(example);
                Assert.True(diagnostics.Any(d => d.Id == id), $"The non-compliant example of {id} reports nothing:\n{example.Code}");
            }
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public async Task RulePage_CompliantExamples_ReportNothing(string id)
        {
            ImmutableArray<CodeBlock> examples = Examples(id, "### Compliant");
            Assert.NotEmpty(examples);
            foreach (CodeBlock example in examples)
            {
                ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(example);
                Assert.True(diagnostics.IsEmpty, $"The compliant example of {id} reports {string.Join("; ", diagnostics)}.");
            }
        }

        [Fact]
        public async Task Readme_AnnotationsExample_ReportsTheOneMarkedLeak()
        {
            CodeBlock example = Repository.CodeBlocks(Repository.Read("README.md")).First(block => block.Info == "csharp");

            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(example);

            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal(RuleIds.PersonalDataLogged, diagnostic.Id);
            Assert.Contains("// " + diagnostic.Id + ": " + diagnostic.GetMessage(), example.Code, StringComparison.Ordinal);
        }

        private static ImmutableArray<CodeBlock> Examples(string id, string heading) =>
            Repository.CodeBlocks(Repository.Read(Repository.RulePage(id)))
                .Where(block => block.Heading == heading && (block.Info == "csharp" || block.Info == "ini"))
                .ToImmutableArray();

        /// <summary>A C# block is compiled as is, with no options; an .editorconfig block gives the options of an
        /// otherwise empty compilation.</summary>
        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CodeBlock example)
        {
            bool isCode = example.Info == "csharp";
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!isCode)
            {
                foreach (string line in Repository.Lines(example.Code))
                {
                    string text = line.Trim();
                    int equals = text.IndexOf('=');
                    if (equals > 0 && !text.StartsWith('#') && !text.StartsWith('['))
                    {
                        options[text.Substring(0, equals).Trim()] = text.Substring(equals + 1).Trim();
                    }
                }
            }

            SyntaxTree tree = CSharpSyntaxTree.ParseText(isCode ? example.Code : PlainCode, AnalyzerHarness.ParseOptions, "Example.cs");
            CSharpCompilation compilation = await AnalyzerHarness.CreateCompilationAsync("Example", new[] { tree });
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            HarnessResult result = await AnalyzerHarness.AnalyzeAsync(compilation, AnalyzerHarness.CreateAllAnalyzers(), AnalyzerHarness.OptionsWith(options));
            Assert.Empty(result.Failures);
            return result.Diagnostics;
        }
    }
}
