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
            ImmutableArray<(CodeBlock Example, CodeBlock? Options)> examples = Examples(id, "### Non-compliant");
            Assert.NotEmpty(examples);
            foreach ((CodeBlock example, CodeBlock? options) in examples)
            {
                ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(example, options);
                Assert.True(diagnostics.Any(d => d.Id == id), $"The non-compliant example of {id} reports nothing:\n{example.Code}");
            }
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public async Task RulePage_CompliantExamples_ReportNothing(string id)
        {
            ImmutableArray<(CodeBlock Example, CodeBlock? Options)> examples = Examples(id, "### Compliant");
            Assert.NotEmpty(examples);
            foreach ((CodeBlock example, CodeBlock? options) in examples)
            {
                ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(example, options);
                Assert.True(diagnostics.IsEmpty, $"The compliant example of {id} reports {string.Join("; ", diagnostics)}.");
            }
        }

        [Fact]
        public async Task Readme_AnnotationsExample_ReportsTheOneMarkedLeak()
        {
            CodeBlock example = Repository.CodeBlocks(Repository.Read("README.md")).First(block => block.Info == "csharp" && block.Heading == "## Annotations");

            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(example);

            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal(RuleIds.PersonalDataLogged, diagnostic.Id);
            Assert.Contains("// " + diagnostic.Id + ": " + diagnostic.GetMessage(), example.Code, StringComparison.Ordinal);
        }

        /// <summary>The examples under <paramref name="heading"/>: C# blocks, and .editorconfig blocks. An .editorconfig
        /// block followed by a C# block is that example's configuration (an opt-in rule needs its option), not an example
        /// of its own.</summary>
        private static ImmutableArray<(CodeBlock Example, CodeBlock? Options)> Examples(string id, string heading)
        {
            CodeBlock[] blocks = Repository.CodeBlocks(Repository.Read(Repository.RulePage(id)))
                .Where(block => block.Heading == heading && (block.Info == "csharp" || block.Info == "ini"))
                .ToArray();
            var examples = ImmutableArray.CreateBuilder<(CodeBlock, CodeBlock?)>();
            for (int i = 0; i < blocks.Length; i++)
            {
                if (blocks[i].Info == "ini" && i + 1 < blocks.Length && blocks[i + 1].Info == "csharp")
                {
                    examples.Add((blocks[i + 1], blocks[i]));
                    i++;
                }
                else
                {
                    examples.Add((blocks[i], null));
                }
            }

            return examples.ToImmutable();
        }

        /// <summary>A C# block is compiled as is, with the options of the .editorconfig block before it if any; an
        /// .editorconfig block alone gives the options of an otherwise empty compilation.</summary>
        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CodeBlock example, CodeBlock? optionsBlock = null)
        {
            bool isCode = example.Info == "csharp";
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            CodeBlock? config = isCode ? optionsBlock : example;
            if (config != null)
            {
                foreach (string line in Repository.Lines(config.Code))
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
