using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
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
using Xunit.Abstractions;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The GDPR001 code fix over the <see cref="Corpus"/>: Fix All leaves code that compiles and no finding it could fix;
    /// and on broken code, registering and applying the fixes throws nothing.
    /// </summary>
    public sealed class CodeFixRobustnessTests
    {
        private const int Seed = 4_242;
        private const int BrokenVariantsPerSnippet = 4;
        private const int DiagnosticsFixedOneByOnePerVariant = 1;

        private const string IdentitySnippet = "IdentityAccounts.cs";

        private readonly ITestOutputHelper output;

        public CodeFixRobustnessTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        public static TheoryData<string, string> SnippetsAndKeys()
        {
            var data = new TheoryData<string, string>();
            foreach ((string name, _) in Corpus.Snippets.Where(s => s.Name != IdentitySnippet))
            {
                data.Add(name, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
                data.Add(name, PersonalDataLoggedCodeFixProvider.EraseKey);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(SnippetsAndKeys))]
        public async Task FixAllInDocument_Corpus_CompilesAndLeavesOnlyUnfixableFindings(string snippet, string equivalenceKey)
        {
            string code = Corpus.Snippets.Single(s => s.Name == snippet).Code;
            Document document = await AnalyzerHarness.CreateDocumentAsync(snippet, code);
            ImmutableArray<Diagnostic> before = await AnalyzerHarness.AnalyzeDocumentAsync(document, new PersonalDataLoggedAnalyzer(), RuleIds.PersonalDataLogged);
            int unfixable = before.Count(d => !IsWrappable(d));

            Document fixedDocument = await FixAllAsync(document, before, equivalenceKey);
            ImmutableArray<Diagnostic> after = await AnalyzerHarness.AnalyzeDocumentAsync(fixedDocument, new PersonalDataLoggedAnalyzer(), RuleIds.PersonalDataLogged);
            Compilation compilation = (await fixedDocument.Project.GetCompilationAsync())!;
            string fixedCode = (await fixedDocument.GetTextAsync()).ToString();

            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, $"Fix All ({equivalenceKey}) leaves errors:\n{string.Join("\n", errors.Select(e => e.ToString()))}\n\n{fixedCode}");
            Assert.True(
                after.All(d => !IsWrappable(d)) && after.Length <= unfixable, // a call-site finding also goes when its callee's log is fixed
                $"Fix All ({equivalenceKey}) leaves {after.Length} findings, {unfixable} of them unfixable, expected only those:\n{string.Join("\n", after)}\n\n{fixedCode}");
            Assert.True(before.Length == 0 || fixedCode != code);
        }

        /// <summary>In a file that uses Identity's [PersonalData], the fix qualifies Redact instead of importing our
        /// namespace, which would make [PersonalData] ambiguous (CS0104).</summary>
        [Fact]
        public Task FixAllInDocument_FileUsingIdentityPersonalData_Compiles() =>
            FixAllInDocument_Corpus_CompilesAndLeavesOnlyUnfixableFindings(IdentitySnippet, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);

        [Fact]
        public async Task RegisterAndApply_BrokenVariants_ThrowNothing()
        {
            var clock = Stopwatch.StartNew();
            var provider = new PersonalDataLoggedCodeFixProvider();
            var random = new Random(Seed);
            int variants = 0;
            int actions = 0;
            var problems = new List<string>();

            foreach ((string name, string code) in Corpus.Snippets)
            {
                Document original = await AnalyzerHarness.CreateDocumentAsync(name, code);
                SyntaxToken[] tokens = (await original.GetSyntaxRootAsync())!.DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
                for (int i = 0; i < BrokenVariantsPerSnippet; i++)
                {
                    // Alternate a deleted token and a cut file; keep only variants that still have findings to fix.
                    SyntaxToken token = tokens[random.Next(tokens.Length)];
                    string text = i % 2 == 0 ? code.Remove(token.SpanStart, token.Span.Length) : code.Substring(0, token.Span.End);
                    string description = $"{name}: {(i % 2 == 0 ? "deleted" : "cut after")} '{token.Text}' at {token.GetLocation().GetLineSpan().StartLinePosition}";
                    Document document = original.WithText(SourceText.From(text));
                    ImmutableArray<Diagnostic> diagnostics = await AnalyzerHarness.AnalyzeDocumentAsync(document, new PersonalDataLoggedAnalyzer(), RuleIds.PersonalDataLogged);
                    if (diagnostics.IsEmpty)
                    {
                        continue;
                    }

                    variants++;
                    try
                    {
                        foreach (Diagnostic diagnostic in diagnostics.Take(DiagnosticsFixedOneByOnePerVariant))
                        {
                            var registered = new List<CodeAction>();
                            var context = new CodeFixContext(document, diagnostic, (action, _) => registered.Add(action), CancellationToken.None);
                            await provider.RegisterCodeFixesAsync(context);
                            if (IsWrappable(diagnostic) != (registered.Count == 2))
                            {
                                problems.Add($"{description}: {registered.Count} actions for {diagnostic}");
                            }

                            foreach (CodeAction action in registered)
                            {
                                actions++;
                                await action.GetOperationsAsync(CancellationToken.None);
                            }
                        }

                        await FixAllAsync(document, diagnostics, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
                    }
                    catch (Exception exception)
                    {
                        problems.Add($"{description}: {exception}");
                    }
                }
            }

            output.WriteLine($"Code fix on {variants} broken variants with findings, {actions} actions applied, in {clock.Elapsed.TotalSeconds:F1} s.");
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
            Assert.True(variants > 0);
        }

        private static bool IsWrappable(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix) && fix == PersonalDataLoggedAnalyzer.FixWrap;

        private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey)
        {
            var provider = new PersonalDataLoggedCodeFixProvider();
            FixAllProvider fixAll = provider.GetFixAllProvider()!;
            var context = new FixAllContext(
                document,
                provider,
                FixAllScope.Document,
                equivalenceKey,
                provider.FixableDiagnosticIds,
                new FixedDiagnostics(diagnostics),
                CancellationToken.None);
            CodeAction? action = await fixAll.GetFixAsync(context);
            if (action is null)
            {
                return document;
            }

            Solution changed = action.GetOperationsAsync(CancellationToken.None).Result
                .OfType<ApplyChangesOperation>()
                .Single()
                .ChangedSolution;
            return changed.GetDocument(document.Id)!;
        }
    }
}
