using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Tests.Benchmark
{
    /// <summary>How one case was scored.</summary>
    internal enum CaseOutcome
    {
        /// <summary>A leak reported on a line marked <c>// expected</c>.</summary>
        TruePositive,

        /// <summary>A leak not reported on any marked line.</summary>
        FalseNegative,

        /// <summary>A safe twin with no diagnostic of its rule.</summary>
        TrueNegative,

        /// <summary>A safe twin with a diagnostic of its rule anywhere in its compilation.</summary>
        FalsePositive,
    }

    /// <summary>What the analyzers did with one case.</summary>
    internal sealed record CaseResult(
        BenchmarkCase Case,
        CaseOutcome Outcome,
        ImmutableArray<Diagnostic> RuleDiagnostics,
        ImmutableArray<Diagnostic> CompilerErrors,
        ImmutableArray<AnalyzerFailure> Failures);

    /// <summary>True and false positives and negatives of a set of cases, with the OWASP Benchmark's measures.</summary>
    internal sealed record Score(string Name, int TruePositives, int FalseNegatives, int TrueNegatives, int FalsePositives)
    {
        public int Cases => TruePositives + FalseNegatives + TrueNegatives + FalsePositives;

        /// <summary>TP / (TP + FN): the share of leaks found (1 when there are none).</summary>
        public double TruePositiveRate => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        /// <summary>FP / (FP + TN): the share of safe twins reported (0 when there are none).</summary>
        public double FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? 0 : (double)FalsePositives / (FalsePositives + TrueNegatives);

        /// <summary>TPR - FPR, from -1 to 1; 0 is what guessing scores.</summary>
        public double Value => TruePositiveRate - FalsePositiveRate;

        public static Score Of(string name, IEnumerable<CaseResult> results)
        {
            int tp = 0, fn = 0, tn = 0, fp = 0;
            foreach (CaseResult result in results)
            {
                switch (result.Outcome)
                {
                    case CaseOutcome.TruePositive:
                        tp++;
                        break;
                    case CaseOutcome.FalseNegative:
                        fn++;
                        break;
                    case CaseOutcome.TrueNegative:
                        tn++;
                        break;
                    case CaseOutcome.FalsePositive:
                        fp++;
                        break;
                }
            }

            return new Score(name, tp, fn, tn, fp);
        }
    }

    /// <summary>The scored benchmark: per case, per category, overall.</summary>
    internal sealed class BenchmarkReport
    {
        /// <summary>The lowest overall score the benchmark accepts.</summary>
        public const double OverallFloor = 0.90;

        /// <summary>The lowest score any category may have.</summary>
        public const double CategoryFloor = 0.75;

        public BenchmarkReport(ImmutableArray<CaseResult> results, TimeSpan elapsed)
        {
            Results = results;
            Elapsed = elapsed;
            Categories = results
                .GroupBy(r => r.Case.Category, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Score.Of(g.Key, g))
                .ToImmutableArray();
            Pooled = Score.Of("All cases, pooled", results);
        }

        public ImmutableArray<CaseResult> Results { get; }

        public TimeSpan Elapsed { get; }

        public ImmutableArray<Score> Categories { get; }

        /// <summary>All cases counted together.</summary>
        public Score Pooled { get; }

        /// <summary>The OWASP Benchmark's overall result: the mean of the categories' TPR, FPR and score, so that a
        /// category with many cases does not outweigh the others.</summary>
        public double OverallTruePositiveRate => Categories.Average(c => c.TruePositiveRate);

        public double OverallFalsePositiveRate => Categories.Average(c => c.FalsePositiveRate);

        public double OverallScore => Categories.Average(c => c.Value);

        /// <summary>The categories whose score is below <see cref="CategoryFloor"/>.</summary>
        public IEnumerable<Score> CategoriesBelowFloor => Categories.Where(c => c.Value < CategoryFloor - 1e-9);

        public IEnumerable<CaseResult> Misses => Results.Where(r => r.Outcome is CaseOutcome.FalseNegative or CaseOutcome.FalsePositive);

        /// <summary>The table, the overall rows and the list of misses, as markdown.</summary>
        public string ToMarkdown()
        {
            var text = new StringBuilder();
            text.AppendLine("| Category | Cases | TP | FN | TN | FP | TPR | FPR | Score |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (Score category in Categories)
            {
                string mark = category.Value < CategoryFloor - 1e-9 ? " (below " + Format(CategoryFloor) + ")" : string.Empty;
                text.AppendLine(Row(category.Name, category, Format(category.Value) + mark));
            }

            text.AppendLine(Row("**All cases, pooled**", Pooled, Format(Pooled.Value)));
            text.AppendLine(
                $"| **Overall (mean of {Categories.Length} categories)** | {Pooled.Cases} | | | | | {Format(OverallTruePositiveRate)} | {Format(OverallFalsePositiveRate)} | **{Format(OverallScore)}** |");
            text.AppendLine();
            text.AppendLine(
                $"Score = TPR - FPR (OWASP Benchmark). Floors: overall {Format(OverallFloor)}, each category {Format(CategoryFloor)}. " +
                $"{Results.Length} cases analysed in {Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");

            CaseResult[] misses = Misses.ToArray();
            if (misses.Length > 0)
            {
                text.AppendLine();
                text.AppendLine($"Misses ({misses.Length}):");
                text.AppendLine();
                foreach (CaseResult miss in misses)
                {
                    text.AppendLine("- " + Describe(miss));
                }
            }

            CaseResult[] failing = Results.Where(r => !r.Failures.IsEmpty).ToArray();
            if (failing.Length > 0)
            {
                text.AppendLine();
                text.AppendLine($"Analyzer exceptions ({failing.Length} cases):");
                text.AppendLine();
                foreach (CaseResult result in failing)
                {
                    text.AppendLine($"- {result.Case.Path}: {string.Join("; ", result.Failures.Select(f => f.Analyzer.GetType().Name + ": " + f.Exception.GetType().Name + ": " + f.Exception.Message))}");
                }
            }

            return text.ToString();
        }

        private static string Describe(CaseResult miss)
        {
            BenchmarkCase benchmarkCase = miss.Case;
            if (miss.Outcome == CaseOutcome.FalseNegative)
            {
                int line = benchmarkCase.ExpectedLines[0];
                string elsewhere = miss.RuleDiagnostics.IsEmpty
                    ? string.Empty
                    : $" ({benchmarkCase.RuleId} reported elsewhere: {string.Join(", ", miss.RuleDiagnostics.Select(Where))})";
                return $"FN {benchmarkCase.RuleId} `{benchmarkCase.Path}` line {line + 1}: `{StripMarker(benchmarkCase.LineText(line))}`{elsewhere}";
            }

            return $"FP {benchmarkCase.RuleId} `{benchmarkCase.Path}`: {string.Join("; ", miss.RuleDiagnostics.Select(d => Where(d) + " " + d.GetMessage(CultureInfo.InvariantCulture)))}";
        }

        private static string Where(Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return $"{span.Path}:{span.StartLinePosition.Line + 1}";
        }

        private static string StripMarker(string line)
        {
            int marker = line.IndexOf(BenchmarkCorpus.ExpectedMarker, StringComparison.Ordinal);
            return (marker >= 0 ? line.Substring(0, marker) : line).Trim();
        }

        private static string Row(string name, Score score, string value) =>
            $"| {name} | {score.Cases} | {score.TruePositives} | {score.FalseNegatives} | {score.TrueNegatives} | {score.FalsePositives} | " +
            $"{Format(score.TruePositiveRate)} | {Format(score.FalsePositiveRate)} | {value} |";

        private static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Compiles each case with the shared model against .NET 8, the test reference packages and the annotations (the
    /// references of <see cref="AnalyzerHarness"/>; ASP.NET Core's shared framework too for a case that imports it), runs every analyzer of the analyzer assembly over it through
    /// <see cref="CompilationWithAnalyzers"/>, and scores it. Each case is its own compilation, so a finding belongs to
    /// exactly one case; cases are analysed in parallel.
    /// </summary>
    internal static class BenchmarkScorer
    {
        public static async Task<BenchmarkReport> RunAsync(ImmutableArray<BenchmarkCase> cases, CancellationToken cancellationToken = default)
        {
            var clock = Stopwatch.StartNew();
            SyntaxTree model = CSharpSyntaxTree.ParseText(BenchmarkCorpus.Model, AnalyzerHarness.ParseOptions, BenchmarkCorpus.ModelPath, Encoding.UTF8, cancellationToken);

            // One compilation of the model; each case adds its tree to it, which reuses the bound references.
            CSharpCompilation baseCompilation = await AnalyzerHarness.CreateCompilationAsync("Benchmark", new[] { model }).ConfigureAwait(false);

            // A case that imports ASP.NET Core (a controller, a minimal API) is compiled with its shared framework too.
            CSharpCompilation aspNetCoreCompilation = baseCompilation.WithReferences(await AnalyzerHarness.GetAspNetCoreReferencesAsync().ConfigureAwait(false));
            ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHarness.CreateAllAnalyzers();
            var optionSets = new ConcurrentDictionary<string, AnalyzerOptions>(StringComparer.Ordinal);

            var results = new ConcurrentDictionary<BenchmarkCase, CaseResult>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(cases, parallel, async (benchmarkCase, token) =>
            {
                // A case's '// option:' lines are its options (.editorconfig and .globalconfig alike); none by default.
                AnalyzerOptions options = optionSets.GetOrAdd(
                    string.Join(";", benchmarkCase.Options.Select(o => o.Key + "=" + o.Value)),
                    _ => AnalyzerHarness.OptionsWith(benchmarkCase.Options));
                results[benchmarkCase] = await RunOneAsync(baseCompilation, aspNetCoreCompilation, benchmarkCase, analyzers, options, token).ConfigureAwait(false);
            }).ConfigureAwait(false);

            return new BenchmarkReport(cases.Select(c => results[c]).ToImmutableArray(), clock.Elapsed);
        }

        private static async Task<CaseResult> RunOneAsync(
            CSharpCompilation baseCompilation,
            CSharpCompilation aspNetCoreCompilation,
            BenchmarkCase benchmarkCase,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            AnalyzerOptions options,
            CancellationToken cancellationToken)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(benchmarkCase.Source, AnalyzerHarness.ParseOptions, benchmarkCase.Path, Encoding.UTF8, cancellationToken);
            CSharpCompilation compilation = (AnalyzerHarness.UsesAspNetCore(tree) ? aspNetCoreCompilation : baseCompilation).AddSyntaxTrees(tree);
            HarnessResult analysis = await AnalyzerHarness.AnalyzeWithCompilerDiagnosticsAsync(compilation, analyzers, options, cancellationToken).ConfigureAwait(false);
            ImmutableArray<Diagnostic> errors = analysis.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal))
                .ToImmutableArray();
            ImmutableArray<Diagnostic> ofRule = analysis.Diagnostics
                .Where(d => d.Id == benchmarkCase.RuleId)
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();

            CaseOutcome outcome;
            if (benchmarkCase.Label == BenchmarkLabel.Leak)
            {
                bool onMarkedLine = ofRule.Any(d => d.Location.SourceTree == tree && CoversMarkedLine(d, benchmarkCase.ExpectedLines));
                outcome = onMarkedLine ? CaseOutcome.TruePositive : CaseOutcome.FalseNegative;
            }
            else
            {
                outcome = ofRule.IsEmpty ? CaseOutcome.TrueNegative : CaseOutcome.FalsePositive;
            }

            return new CaseResult(benchmarkCase, outcome, ofRule, errors, analysis.Failures);
        }

        private static bool CoversMarkedLine(Diagnostic diagnostic, ImmutableArray<int> marked)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return marked.Any(line => line >= span.StartLinePosition.Line && line <= span.EndLinePosition.Line);
        }
    }
}
