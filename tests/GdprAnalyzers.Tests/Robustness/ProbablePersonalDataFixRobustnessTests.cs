using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The GDPR005 code fix over the <see cref="Corpus"/>: Fix All in a document leaves code that compiles, with no GDPR005
    /// finding left (every finding is fixable, and marking is final); on broken code, registering and applying the fix
    /// throws nothing.
    /// </summary>
    public sealed class ProbablePersonalDataFixRobustnessTests
    {
        private const int Seed = 5_005;
        private const int BrokenVariantsPerSnippet = 6;

        public static TheoryData<string> Snippets()
        {
            var data = new TheoryData<string>();
            foreach ((string name, _) in Corpus.Snippets)
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Snippets))]
        public async Task FixAllInDocument_Corpus_CompilesAndLeavesNoFinding(string snippet)
        {
            string code = Corpus.Snippets.Single(s => s.Name == snippet).Code;
            Document document = await AnalyzerHarness.CreateDocumentAsync(snippet, code);
            ImmutableArray<Diagnostic> before = await AnalyzerHarness.AnalyzeDocumentAsync(document, new ProbablePersonalDataAnalyzer(), RuleIds.ProbablePersonalData);

            Document fixedDocument = await FixAllAsync(document, before);
            ImmutableArray<Diagnostic> after = await AnalyzerHarness.AnalyzeDocumentAsync(fixedDocument, new ProbablePersonalDataAnalyzer(), RuleIds.ProbablePersonalData);
            Compilation compilation = (await fixedDocument.Project.GetCompilationAsync())!;
            string fixedCode = (await fixedDocument.GetTextAsync()).ToString();

            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, $"Fix All leaves errors:\n{string.Join("\n", errors.Select(e => e.ToString()))}\n\n{fixedCode}");
            Assert.True(after.IsEmpty, $"Fix All leaves {after.Length} findings:\n{string.Join("\n", after)}\n\n{fixedCode}");
            Assert.True(before.IsEmpty || fixedCode != code);
        }

        [Fact]
        public async Task RegisterAndApply_BrokenVariants_ThrowNothing()
        {
            var random = new Random(Seed);
            var problems = new List<string>();
            int applied = 0;
            foreach ((string name, string code) in Corpus.Snippets)
            {
                SyntaxToken[] tokens = CSharpSyntaxTree.ParseText(code, AnalyzerHarness.ParseOptions).GetRoot().DescendantTokens().ToArray();
                for (int i = 0; i < BrokenVariantsPerSnippet && tokens.Length > 0; i++)
                {
                    SyntaxToken token = tokens[random.Next(tokens.Length)];
                    string broken = code.Remove(token.SpanStart, token.Span.Length);
                    try
                    {
                        Document document = await AnalyzerHarness.CreateDocumentAsync(name, broken);
                        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeDocumentAsync(document, new ProbablePersonalDataAnalyzer(), RuleIds.ProbablePersonalData);
                        foreach (Diagnostic diagnostic in diagnostics.Take(2))
                        {
                            var actions = new List<CodeAction>();
                            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                            await new ProbablePersonalDataCodeFixProvider().RegisterCodeFixesAsync(context);
                            foreach (CodeAction action in actions)
                            {
                                _ = await action.GetOperationsAsync(CancellationToken.None);
                                applied++;
                            }
                        }

                        _ = await FixAllAsync(document, diagnostics);
                    }
                    catch (Exception exception)
                    {
                        problems.Add($"{name} without '{token.Text}' at {token.SpanStart}: {exception}");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
            Assert.True(applied > 0, "No code action was applied on any broken variant.");
        }

        private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            if (diagnostics.IsEmpty)
            {
                return document;
            }

            var provider = new ProbablePersonalDataCodeFixProvider();
            var context = new FixAllContext(
                document,
                provider,
                FixAllScope.Document,
                ProbablePersonalDataCodeFixProvider.EquivalenceKey,
                provider.FixableDiagnosticIds,
                new FixedDiagnostics(diagnostics),
                CancellationToken.None);
            CodeAction? action = await provider.GetFixAllProvider().GetFixAsync(context);
            if (action is null)
            {
                return document;
            }

            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        }
    }
}
