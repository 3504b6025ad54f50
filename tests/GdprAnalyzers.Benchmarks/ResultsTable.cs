using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>The benchmark's Markdown report.</summary>
    internal static class ResultsTable
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>GdprAnalyzers' analyzers with at least one rule at warning or error by default: what a host that skips
        /// info-only analyzers would run (builds run them today: dotnet/roslyn#81026).</summary>
        private static readonly HashSet<string> DefaultBuildAnalyzers = typeof(PersonalDataLoggedAnalyzer).Assembly.GetTypes()
            .Where(type => typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .Where(type => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics
                .Any(descriptor => descriptor.DefaultSeverity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning))
            .Select(type => type.Name)
            .ToHashSet(StringComparer.Ordinal);

        private static double DefaultBuildSeconds(MeasureResult result) =>
            result.GdprByAnalyzer.Where(analyzer => DefaultBuildAnalyzers.Contains(analyzer.Analyzer)).Sum(analyzer => analyzer.Seconds);

        public static string Render(
            BenchmarkOptions options,
            IReadOnlyList<MeasureResult> projects,
            IReadOnlyList<MeasureResult?> baselines,
            IReadOnlyList<(string Name, int Size, MeasureResult? Result, string? Failure)> shapes,
            TimeSpan elapsed,
            string loadBefore,
            string loadAfter)
        {
            var text = new StringBuilder();
            MeasureResult? any = projects.FirstOrDefault() ?? shapes.Select(shape => shape.Result).FirstOrDefault(result => result != null);
            text.AppendLine("# GdprAnalyzers performance benchmark");
            text.AppendLine();
            Line(text, $"- Machine: {BenchmarkRunner.Machine()}; load average {loadBefore} at the start, {loadAfter} at the end (telemetry is wall time: a busy machine inflates every analyzer's time alike, and the ratios less than the seconds).");
            if (any != null)
            {
                Line(text, $"- Host compiler: Roslyn {any.RoslynVersion}; NetAnalyzers {any.NetAnalyzersVersion} (the SDK's); Meziantou.Analyzer {any.MeziantouVersion}; {any.AnalyzersRun} analyzers run with GdprAnalyzers (those a command-line build runs: at least one rule at warning or error; CA1848, CA2254, MA0153 and GdprAnalyzers' rules turned on as warnings).");
            }

            if (options.Only.Length > 0)
            {
                Line(text, $"- **Profiling run: only {options.Only}** (telemetry then charges all of the compiler's lazy work to these analyzers).");
            }

            Line(text, $"- Each measurement in {(options.SeparateProcesses ? "its own process" : "this process")}, analysis and emit {(options.Concurrent ? "concurrent" : "on one thread (telemetry is then each analyzer's own time)")}; {options.Passes} analysis passes, each on a fresh copy of the compilation, the first to warm up, then the best of the others for each quantity; analyzer times are Roslyn's telemetry (`CompilationWithAnalyzers`, `logAnalyzerExecutionTime`). The whole run took {elapsed.TotalMinutes:0.0} min.");
            text.AppendLine("- Compile: emit (bind, lower, IL and PDB) without analyzers. Build: compile plus the analysis pass of the whole set. Share: GdprAnalyzers' time in the build.");
            text.AppendLine();

            if (projects.Count > 0)
            {
                text.AppendLine("## Synthetic projects");
                text.AppendLine();
                text.AppendLine("| Methods | Lines | GDPR findings (planned) | CA1848 / CA2254 / MA0153 findings | GdprAnalyzers s | Logging analyzer s (CA1848, CA2254) | MA0153 s | GDPR ÷ logging | GDPR ÷ MA0153 | Compile s | Build s | GDPR share | Peak memory with GDPR | without |");
                text.AppendLine("|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                for (int i = 0; i < projects.Count; i++)
                {
                    MeasureResult r = projects[i];
                    MeasureResult? b = i < baselines.Count ? baselines[i] : null;
                    double build = r.CompileSeconds + r.AnalysisSeconds;
                    Line(text, $"| {r.Methods:N0} | {r.Lines:N0} | {GdprFindings(r)} | {Count(r, "CA1848")} / {Count(r, "CA2254")} / {Count(r, "MA0153")} | {r.GdprSeconds:0.000} | {r.LoggingAnalyzerSeconds:0.000} | {r.ClassifiedLoggingAnalyzerSeconds:0.000} | {Ratio(r.GdprSeconds, r.LoggingAnalyzerSeconds)} | {Ratio(r.GdprSeconds, r.ClassifiedLoggingAnalyzerSeconds)} | {r.CompileSeconds:0.00} | {build:0.00} | {Percent(r.GdprSeconds, build)} | {MiB(r.PeakWorkingSetBytes)} | {(b is null ? "–" : MiB(b.PeakWorkingSetBytes))} |");
                }

                text.AppendLine();
                text.AppendLine("GdprAnalyzers by analyzer (s), and the runs with and without GdprAnalyzers (the logging analyzer is charged more of the compiler's lazy work when GdprAnalyzers is not there to touch it first; \"all analyzers\" sums the telemetry of the set):");
                text.AppendLine();
                List<string> names = projects[0].GdprByAnalyzer.Select(a => a.Analyzer).ToList();
                text.AppendLine("| Methods | " + string.Join(" | ", names) + " | GDPR per pass | Logging analyzer s without GDPR | All analyzers s with GDPR | without | Analysis s with GDPR | without | Allocated in analysis with GDPR | without |");
                text.AppendLine("|---:|" + string.Concat(names.Select(_ => "---:|")) + "---|---:|---:|---:|---:|---:|---:|---:|");
                for (int i = 0; i < projects.Count; i++)
                {
                    MeasureResult r = projects[i];
                    MeasureResult? b = i < baselines.Count ? baselines[i] : null;
                    Line(text, $"| {r.Methods:N0} | {string.Join(" | ", names.Select(name => (r.GdprByAnalyzer.FirstOrDefault(a => a.Analyzer == name)?.Seconds ?? 0).ToString("0.000", Invariant)))} | {string.Join(", ", r.GdprSecondsPerPass.Select(s => s.ToString("0.000", Invariant)))} | {(b is null ? "–" : b.LoggingAnalyzerSeconds.ToString("0.000", Invariant))} | {r.AllAnalyzersSeconds:0.00} | {(b is null ? "–" : b.AllAnalyzersSeconds.ToString("0.00", Invariant))} | {r.AnalysisSeconds:0.00} | {(b is null ? "–" : b.AnalysisSeconds.ToString("0.00", Invariant))} | {MiB(r.AnalysisAllocatedBytes)} | {(b is null ? "–" : MiB(b.AnalysisAllocatedBytes))} |");
                }

                MeasureResult largest = projects[^1];
                text.AppendLine();
                Line(text, $"Costliest analyzers of the set on the {largest.Methods:N0}-method project (s): {string.Join(", ", largest.TopAnalyzers.Select(a => $"{a.Analyzer} ({a.Assembly}) {a.Seconds:0.000}"))}.");
                text.AppendLine();
            }

            if (shapes.Count > 0)
            {
                text.AppendLine("## Pathological shapes");
                text.AppendLine();
                text.AppendLine("| Shape | Lines | GdprAnalyzers s | Costliest GdprAnalyzers analyzer | Logging analyzer s | MA0153 s | GDPR findings | Compile s | Peak memory |");
                text.AppendLine("|---|---:|---:|---|---:|---:|---|---:|---:|");
                foreach ((string name, int size, MeasureResult? r, string? failure) in shapes)
                {
                    if (r is null)
                    {
                        Line(text, $"| {PathologicalShapes.Describe(name, size)} | – | {failure} | – | – | – | – | – | – |");
                        continue;
                    }

                    AnalyzerTime top = r.GdprByAnalyzer.OrderByDescending(a => a.Seconds).First();
                    Line(text, $"| {PathologicalShapes.Describe(name, size)} | {r.Lines:N0} | {r.GdprSeconds:0.000} | {top.Analyzer} {top.Seconds:0.000} | {r.LoggingAnalyzerSeconds:0.000} | {r.ClassifiedLoggingAnalyzerSeconds:0.000} | {GdprFindings(r)} | {r.CompileSeconds:0.00} | {MiB(r.PeakWorkingSetBytes)} |");
                }

                text.AppendLine();
            }

            text.AppendLine("## Targets");
            text.AppendLine();
            foreach (MeasureResult r in projects)
            {
                double ratio = r.LoggingAnalyzerSeconds > 0 ? r.GdprSeconds / r.LoggingAnalyzerSeconds : double.PositiveInfinity;
                Line(text, $"- {r.Methods:N0} methods: GdprAnalyzers {r.GdprSeconds:0.000} s vs the logging analyzer {r.LoggingAnalyzerSeconds:0.000} s, ratio {ratio:0.00} (target ≤ {BenchmarkRunner.LoggingRatioTarget:0.0}): **{(ratio <= BenchmarkRunner.LoggingRatioTarget ? "met" : "missed")}**.");
                double byDefault = DefaultBuildSeconds(r);
                Line(text, $"  Of that, the analyzers with a rule at warning by default (not those of the info rules GDPR005, GDPR007, GDPR101-104): {byDefault:0.000} s, ratio {Ratio(byDefault, r.LoggingAnalyzerSeconds)}.");
            }

            if (projects.Count >= 2)
            {
                MeasureResult small = projects.MinBy(r => r.Methods)!;
                MeasureResult large = projects.MaxBy(r => r.Methods)!;
                double scale = small.GdprSeconds > 0 ? large.GdprSeconds / small.GdprSeconds : double.PositiveInfinity;
                double methods = (double)large.Methods / small.Methods;
                Line(text, $"- Scaling: {large.Methods:N0} methods cost {scale:0.0} times {small.Methods:N0} methods ({methods:0.0} times the methods; target ≤ {BenchmarkRunner.ScalingTarget:0} for 16 times): **{(scale <= BenchmarkRunner.ScalingTarget ? "met" : "missed")}**.");
            }

            foreach ((string name, int size, MeasureResult? r, string? failure) in shapes)
            {
                Line(text, r is null
                    ? (FormattableString)$"- {PathologicalShapes.Describe(name, size)}: {failure}: **missed**."
                    : $"- {PathologicalShapes.Describe(name, size)}: {r.GdprSeconds:0.000} s (target < {BenchmarkRunner.ShapeTargetSeconds:0} s): **{(r.GdprSeconds < BenchmarkRunner.ShapeTargetSeconds ? "met" : "missed")}**.");
            }

            var problems = projects.Concat(shapes.Select(shape => shape.Result)).Where(r => r != null && (r.CompilerErrors.Count > 0 || r.AnalyzerExceptions.Count > 0 || !r.FindingsAsPlanned)).ToList();
            if (problems.Count > 0)
            {
                text.AppendLine();
                text.AppendLine("## Problems");
                text.AppendLine();
                foreach (MeasureResult? r in problems)
                {
                    Line(text, $"- {r!.Request.Kind} {r.Request.Name} {r.Request.Size}: {r.CompilerErrors.Count} compiler errors, {r.AnalyzerExceptions.Count} analyzer exceptions, findings {(r.FindingsAsPlanned ? "as planned" : "not as planned: " + GdprFindings(r))}.");
                    foreach (string message in r.CompilerErrors.Concat(r.AnalyzerExceptions).Take(5))
                    {
                        Line(text, $"  - `{message}`");
                    }
                }
            }

            return text.ToString();
        }

        private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(Invariant));

        private static string Count(MeasureResult r, string id) => r.Findings.TryGetValue(id, out int count) ? count.ToString("N0", Invariant) : "0";

        private static string GdprFindings(MeasureResult r)
        {
            IEnumerable<string> ids = r.Findings.Keys.Concat(r.PlannedFindings.Keys).Where(id => id.StartsWith("GDPR", StringComparison.Ordinal)).Distinct().OrderBy(id => id, StringComparer.Ordinal);
            string found = string.Join(", ", ids.Select(id =>
            {
                int count = r.Findings.TryGetValue(id, out int f) ? f : 0;
                return r.PlannedFindings.TryGetValue(id, out int planned) ? $"{id} {count:N0} ({planned:N0})" : $"{id} {count:N0}";
            }));
            return found.Length == 0 ? "none" : found;
        }

        private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("0.00", Invariant) : "–";

        private static string Percent(double part, double whole) => whole > 0 ? (100 * part / whole).ToString("0.0", Invariant) + " %" : "–";

        private static string MiB(long bytes) => (bytes / 1048576.0).ToString("N0", Invariant) + " MiB";
    }
}
