using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Code being typed is broken most of the time. Every analyzer of the analyzer assembly must keep working on it: no
    /// exception (which the compiler would turn into AD0001 and, in an IDE, into a disabled analyzer), no diagnostic
    /// outside the source. Sources: every <c>*.cs</c> under <c>samples/</c> and the embedded <see cref="Corpus"/>; each
    /// file is analysed whole, with each statement deleted in turn, cut at many token boundaries, and with random tokens
    /// deleted (fixed seeds, bounded counts), under a rotation of option values.
    /// </summary>
    public sealed class BrokenCodeTests
    {
        private const int MaxStatementDeletionsPerFile = 40;
        private const int CutsPerFile = 20;
        private const int TokenDeletionsPerFile = 20;
        private const int Seed = 20_250_101;

        /// <summary>A safety stop for slow machines: variants are analysed in a fixed order until this budget is spent.</summary>
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(120);

        /// <summary>The option sets the variants rotate through: none, a valid value of each key, a malformed value.</summary>
        private static readonly ImmutableArray<IReadOnlyDictionary<string, string>> OptionSets = ImmutableArray.Create<IReadOnlyDictionary<string, string>>(
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["gdpr.console_is_log_sink"] = "false" },
            new Dictionary<string, string> { ["gdpr.GDPR001.console_is_log_sink"] = " TRUE " },
            new Dictionary<string, string> { ["gdpr.console_is_log_sink"] = "sometimes", ["gdpr.GDPR001.console_is_log_sink"] = "" },
            new Dictionary<string, string> { ["gdpr.probable_personal_data_in_flows"] = "true" });

        private const string ImplicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            """;

        private readonly ITestOutputHelper output;

        public BrokenCodeTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public async Task Corpus_AsWritten_CompilesWithoutErrors()
        {
            foreach ((string name, string code) in Corpus.Snippets)
            {
                CSharpCompilation compilation = await AnalyzerHarness.CreateCompilationAsync(name, new[] { Parse(code, name) });
                Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                Assert.True(errors.Length == 0, $"{name}:\n{string.Join("\n", errors.Select(e => e.ToString()))}");
            }
        }

        [Fact]
        public async Task AllAnalyzers_BrokenVariants_ThrowNothing()
        {
            var clock = Stopwatch.StartNew();
            ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHarness.CreateAllAnalyzers();
            HashSet<string> supportedIds = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var problems = new List<string>();
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            int reported = 0;
            bool outOfBudget = false;

            foreach (SourceGroup group in SourceGroups())
            {
                ImmutableArray<SyntaxTree> trees = group.Files.Select(file => Parse(file.Code, file.Path)).ToImmutableArray();
                if (group.AddImplicitUsings)
                {
                    trees = trees.Add(Parse(ImplicitUsings, "GlobalUsings.g.cs"));
                }

                CSharpCompilation baseline = await AnalyzerHarness.CreateCompilationAsync(group.Name, trees);
                for (int fileIndex = 0; fileIndex < group.Files.Length && !outOfBudget; fileIndex++)
                {
                    SyntaxTree original = trees[fileIndex];
                    foreach (Variant variant in Variants(original, Seed + (group.Name.Length * 31) + fileIndex))
                    {
                        if (clock.Elapsed > Budget)
                        {
                            outOfBudget = true;
                            break;
                        }

                        SyntaxTree broken = variant.Text is null ? original : original.WithChangedText(SourceText.From(variant.Text));
                        Compilation compilation = ReferenceEquals(broken, original) ? baseline : baseline.ReplaceSyntaxTree(original, broken);
                        IReadOnlyDictionary<string, string> options = OptionSets[(counts.Values.Sum() + fileIndex) % OptionSets.Length];
                        HarnessResult result = variant.Text is null
                            ? await AnalyzerHarness.AnalyzeAsync(compilation, analyzers, AnalyzerHarness.OptionsWith(options))
                            : await AnalyzerHarness.AnalyzeTreeAsync(compilation, broken, analyzers, AnalyzerHarness.OptionsWith(options));
                        counts[variant.Kind] = counts.GetValueOrDefault(variant.Kind) + 1;
                        reported += result.Diagnostics.Length;
                        string where = $"{group.Name}/{original.FilePath} ({variant.Kind}: {variant.Description}; options: {Describe(options)})";

                        foreach (AnalyzerFailure failure in result.Failures)
                        {
                            problems.Add($"{where}\n  {failure}");
                        }

                        foreach (Diagnostic diagnostic in result.Diagnostics)
                        {
                            if (diagnostic.Id == "AD0001" || !supportedIds.Contains(diagnostic.Id))
                            {
                                problems.Add($"{where}\n  unexpected diagnostic {diagnostic}");
                            }
                            else if (diagnostic.Location.IsInSource
                                && (diagnostic.Location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree)
                                    || diagnostic.Location.SourceSpan.End > tree.Length))
                            {
                                problems.Add($"{where}\n  diagnostic outside the source: {diagnostic}");
                            }
                        }

                        if (problems.Count > 20)
                        {
                            break;
                        }
                    }
                }
            }

            int total = counts.Values.Sum();
            output.WriteLine($"Analysed {total} variants in {clock.Elapsed.TotalSeconds:F1} s ({string.Join(", ", counts.Select(c => c.Key + ": " + c.Value))}); {reported} diagnostics reported.");
            if (outOfBudget)
            {
                output.WriteLine($"Stopped at the {Budget.TotalSeconds:F0} s budget; later variants were not analysed.");
            }

            Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in {total} variants:\n{string.Join("\n", problems.Take(20))}");
            Assert.True(total >= 60, $"Only {total} variants were analysed.");
            Assert.True(counts.Count == 4, "Every kind of variant is analysed: " + string.Join(", ", counts.Keys));
        }

        /// <summary>Each sample project (a folder with a <c>.csproj</c>) under <c>samples/</c> as one compilation, then the
        /// embedded corpus, one compilation per snippet.</summary>
        private static IEnumerable<SourceGroup> SourceGroups()
        {
            string samples = Path.Combine(TestReferences.RepositoryRoot, "samples");
            foreach (SourceGroup group in SampleGroups(samples))
            {
                yield return group;
            }

            foreach ((string name, string code) in Corpus.Snippets)
            {
                yield return new SourceGroup("corpus/" + Path.GetFileNameWithoutExtension(name), ImmutableArray.Create(new SourceFile(name, code)), false);
            }
        }

        private static IEnumerable<SourceGroup> SampleGroups(string samples)
        {
            if (!Directory.Exists(samples))
            {
                yield break;
            }

            var files = Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
            foreach (IGrouping<string, string> project in files.GroupBy(ProjectFolder, StringComparer.Ordinal))
            {
                string name = "samples/" + Path.GetRelativePath(samples, project.Key).Replace('\\', '/');
                ImmutableArray<SourceFile> sources = project
                    .Select(path => new SourceFile(Path.GetRelativePath(project.Key, path).Replace('\\', '/'), File.ReadAllText(path)))
                    .ToImmutableArray();
                yield return new SourceGroup(name, sources, true);
            }

            static string ProjectFolder(string file)
            {
                for (DirectoryInfo? folder = new FileInfo(file).Directory; folder != null; folder = folder.Parent)
                {
                    if (folder.EnumerateFiles("*.csproj").Any())
                    {
                        return folder.FullName;
                    }
                }

                return Path.GetDirectoryName(file)!;
            }
        }

        /// <summary>The original, then each statement deleted, cuts at token boundaries, random token deletions.</summary>
        private static IEnumerable<Variant> Variants(SyntaxTree tree, int seed)
        {
            string text = tree.GetText().ToString();
            SyntaxNode root = tree.GetRoot();
            var random = new Random(seed);
            yield return new Variant("original", "as written", null);

            StatementSyntax[] statements = root.DescendantNodes().OfType<StatementSyntax>().ToArray();
            foreach (StatementSyntax statement in Spread(statements, MaxStatementDeletionsPerFile))
            {
                TextSpan span = statement.Span;
                yield return new Variant(
                    "statement deleted",
                    $"line {statement.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {Shorten(statement.ToString())}",
                    text.Remove(span.Start, span.Length));
            }

            SyntaxToken[] tokens = root.DescendantTokens().Where(token => token.Span.Length > 0).ToArray();
            if (tokens.Length == 0)
            {
                yield break;
            }

            foreach (int index in Enumerable.Range(0, CutsPerFile).Select(_ => random.Next(tokens.Length)).Distinct().OrderBy(i => i))
            {
                SyntaxToken token = tokens[index];
                yield return new Variant(
                    "cut",
                    $"after token {index} '{Shorten(token.Text)}' (line {token.GetLocation().GetLineSpan().StartLinePosition.Line + 1})",
                    text.Substring(0, token.Span.End));
            }

            for (int i = 0; i < TokenDeletionsPerFile; i++)
            {
                int count = 1 + random.Next(3);
                SyntaxToken[] deleted = Enumerable.Range(0, count).Select(_ => tokens[random.Next(tokens.Length)]).Distinct().OrderByDescending(t => t.SpanStart).ToArray();
                var builder = new StringBuilder(text);
                foreach (SyntaxToken token in deleted)
                {
                    builder.Remove(token.SpanStart, token.Span.Length);
                }

                yield return new Variant(
                    "tokens deleted",
                    string.Join(", ", deleted.Reverse().Select(t => $"'{Shorten(t.Text)}' at line {t.GetLocation().GetLineSpan().StartLinePosition.Line + 1}")),
                    builder.ToString());
            }
        }

        private static IEnumerable<T> Spread<T>(IReadOnlyList<T> items, int max)
        {
            if (items.Count <= max)
            {
                return items;
            }

            return Enumerable.Range(0, max).Select(i => items[(int)((long)i * items.Count / max)]);
        }

        private static SyntaxTree Parse(string code, string path) => CSharpSyntaxTree.ParseText(code, AnalyzerHarness.ParseOptions, path, Encoding.UTF8);

        private static string Shorten(string text)
        {
            string oneLine = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
        }

        private static string Describe(IReadOnlyDictionary<string, string> options) =>
            options.Count == 0 ? "none" : string.Join(", ", options.Select(o => $"{o.Key}='{o.Value}'"));

        private sealed record SourceFile(string Path, string Code);

        private sealed record SourceGroup(string Name, ImmutableArray<SourceFile> Files, bool AddImplicitUsings);

        private sealed record Variant(string Kind, string Description, string? Text);
    }
}
