using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>What to measure: a synthetic project of <see cref="Size"/> methods (<see cref="Kind"/> "project") or a
    /// pathological shape (<see cref="Kind"/> "shape", <see cref="Name"/> one of <see cref="PathologicalShapes.Names"/>).
    /// <see cref="Only"/>, when not empty, keeps only the analyzers whose type or assembly name it lists (comma
    /// separated), to profile one analyzer or one package alone.</summary>
    public sealed record MeasureRequest(string Kind, string Name, int Size, bool WithGdpr, int Passes, bool Concurrent, string Only = "");

    /// <summary>One analyzer's time in the measured pass.</summary>
    public sealed record AnalyzerTime(string Analyzer, string Assembly, double Seconds);

    /// <summary>What one measurement gave. Times are seconds, the best of the passes after the first (each quantity on
    /// its own); analyzer times are Roslyn's telemetry.</summary>
    public sealed record MeasureResult
    {
        public required MeasureRequest Request { get; init; }

        public int Methods { get; init; }

        public int Lines { get; init; }

        public int Files { get; init; }

        public Dictionary<string, int> PlannedFindings { get; init; } = new();

        public Dictionary<string, int> Findings { get; init; } = new();

        public List<string> CompilerErrors { get; init; } = new();

        public List<string> AnalyzerExceptions { get; init; } = new();

        public int AnalyzersRun { get; init; }

        /// <summary>Emit (bind, lower, write IL and PDB) without analyzers.</summary>
        public double CompileSeconds { get; init; }

        /// <summary>Wall time of the analysis pass (all analyzers of the set).</summary>
        public double AnalysisSeconds { get; init; }

        /// <summary>Processor time of the process during the analysis pass (all threads, GC and JIT included).</summary>
        public double AnalysisCpuSeconds { get; init; }

        /// <summary>Sum of all analyzers' telemetry.</summary>
        public double AllAnalyzersSeconds { get; init; }

        /// <summary>GdprAnalyzers' analyzers together (0 without them).</summary>
        public double GdprSeconds { get; init; }

        /// <summary>GdprAnalyzers' time in each pass, first to last.</summary>
        public List<double> GdprSecondsPerPass { get; init; } = new();

        public List<AnalyzerTime> GdprByAnalyzer { get; init; } = new();

        /// <summary>NetAnalyzers' logging analyzer (the one that supports CA1848 and CA2254).</summary>
        public double LoggingAnalyzerSeconds { get; init; }

        public string LoggingAnalyzer { get; init; } = "";

        /// <summary>Meziantou's analyzer of MA0153.</summary>
        public double ClassifiedLoggingAnalyzerSeconds { get; init; }

        public string ClassifiedLoggingAnalyzer { get; init; } = "";

        /// <summary>The costliest analyzers of the set.</summary>
        public List<AnalyzerTime> TopAnalyzers { get; init; } = new();

        /// <summary>Bytes allocated by the process during the analysis pass.</summary>
        public long AnalysisAllocatedBytes { get; init; }

        /// <summary>The process's peak working set, at the end of the measurement.</summary>
        public long PeakWorkingSetBytes { get; init; }

        public string NetAnalyzersVersion { get; init; } = "";

        public string MeziantouVersion { get; init; } = "";

        public string RoslynVersion { get; init; } = "";

        /// <summary>Whether the GDPR findings are those the generator planted (projects only).</summary>
        public bool FindingsAsPlanned =>
            PlannedFindings.Count == 0
            || PlannedFindings.All(pair => Findings.TryGetValue(pair.Key, out int found) && found == pair.Value)
               && Findings.Keys.Where(id => id.StartsWith("GDPR", StringComparison.Ordinal) && !IsProposal(id)).All(PlannedFindings.ContainsKey);

        /// <summary>The Info rules that propose annotations (GDPR005 probable personal data, GDPR007 contracts): the
        /// generator plants no findings of theirs, so their counts are reported but not compared.</summary>
        private static bool IsProposal(string id) => id is "GDPR005" or "GDPR007";
    }

    /// <summary>
    /// Measures one request: generates the code, compiles it (emit, no analyzers), then analyses it with the set of
    /// analyzers a command-line build would run, <see cref="MeasureRequest.Passes"/> times, each pass on a fresh copy
    /// of the compilation; the first pass warms up, the best of the others is kept. Roslyn's telemetry charges the compiler's lazy work (binding, symbol
    /// completion) to whichever analyzer touches it first, so analyzers are compared only inside one realistic set.
    /// </summary>
    public static class Measurement
    {
        public static async Task<MeasureResult> RunAsync(MeasureRequest request, IReadOnlyList<string> referencePaths, CancellationToken cancellationToken)
        {
            GeneratedProject project = request.Kind switch
            {
                "project" => SyntheticProject.Generate(request.Size),
                "shape" => PathologicalShapes.Generate(request.Name, request.Size),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Kind is 'project' or 'shape'."),
            };

            ImmutableArray<DiagnosticAnalyzer> gdpr = BenchmarkEnvironment.GdprAnalyzers();
            ImmutableArray<DiagnosticAnalyzer> net = BenchmarkEnvironment.NetAnalyzers();
            ImmutableArray<DiagnosticAnalyzer> meziantou = BenchmarkEnvironment.MeziantouAnalyzers();
            CSharpCompilationOptions options = BenchmarkEnvironment.CompilationOptions(gdpr).WithConcurrentBuild(request.Concurrent);
            ImmutableArray<DiagnosticAnalyzer> set = BenchmarkEnvironment.RunInBuild(
                net.Concat(meziantou).Concat(request.WithGdpr ? gdpr : ImmutableArray<DiagnosticAnalyzer>.Empty),
                options);
            if (request.Only.Length > 0)
            {
                string[] only = request.Only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                set = set.Where(analyzer => only.Contains(analyzer.GetType().Name, StringComparer.Ordinal)
                    || only.Contains(analyzer.GetType().Assembly.GetName().Name, StringComparer.Ordinal)).ToImmutableArray();
            }

            DiagnosticAnalyzer? logging = BenchmarkEnvironment.Supporting(set, BenchmarkEnvironment.LoggingRule).SingleOrDefault();
            DiagnosticAnalyzer? classified = BenchmarkEnvironment.Supporting(set, BenchmarkEnvironment.ClassifiedLoggingRule).SingleOrDefault();

            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            ImmutableArray<SyntaxTree> trees = project.Files
                .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), parseOptions, file.Path, cancellationToken))
                .ToImmutableArray();
            CSharpCompilation compilation = CSharpCompilation.Create(
                project.Name,
                trees,
                BenchmarkEnvironment.CreateReferences(referencePaths),
                options);

            // Compile without analyzers: the first run warms up the compiler's code, the best of the others is kept.
            var errors = new List<string>();
            var compileTimes = new List<double>();
            for (int pass = 0; pass < Math.Max(2, request.Passes); pass++)
            {
                CSharpCompilation copy = compilation.Clone();
                using var pe = new MemoryStream();
                using var pdb = new MemoryStream();
                var stopwatch = Stopwatch.StartNew();
                EmitResult emitted = copy.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
                compileTimes.Add(stopwatch.Elapsed.TotalSeconds);
                if (pass == 0)
                {
                    errors.AddRange(emitted.Diagnostics
                        .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                        .Take(10)
                        .Select(diagnostic => diagnostic.ToString()));
                }
            }

            // Analyse: the first pass warms up (JIT, the analyzers' first use), the best of the others is kept, per
            // quantity (on a shared machine the minimum is the least disturbed).
            var exceptions = new ConcurrentQueue<string>();
            var passes = new List<PassTimes>();
            AnalysisResult? last = null;
            using Process self = Process.GetCurrentProcess();
            for (int pass = 0; pass < Math.Max(1, request.Passes); pass++)
            {
                var withAnalyzers = new CompilationWithAnalyzers(
                    compilation.Clone(),
                    set,
                    new CompilationWithAnalyzersOptions(
                        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                        onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception.GetType().Name + ": " + exception.Message),
                        concurrentAnalysis: request.Concurrent,
                        logAnalyzerExecutionTime: true,
                        reportSuppressedDiagnostics: false));
                self.Refresh();
                TimeSpan cpuBefore = self.TotalProcessorTime;
                long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
                var stopwatch = Stopwatch.StartNew();
                last = await withAnalyzers.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
                double wall = stopwatch.Elapsed.TotalSeconds;
                long allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
                self.Refresh();
                passes.Add(new PassTimes(
                    last.AnalyzerTelemetryInfo.ToDictionary(pair => pair.Key, pair => pair.Value.ExecutionTime.TotalSeconds),
                    wall,
                    (self.TotalProcessorTime - cpuBefore).TotalSeconds,
                    allocated));
            }

            List<PassTimes> measured = passes.Count > 1 ? passes.Skip(1).ToList() : passes;
            double Best(Func<PassTimes, double> quantity) => measured.Min(quantity);
            double Seconds(DiagnosticAnalyzer? analyzer) => analyzer is null ? 0 : Best(pass => pass.Of(analyzer));
            double GdprOf(PassTimes pass) => gdpr.Sum(pass.Of);

            var findings = last!.GetAllDiagnostics()
                .GroupBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
            self.Refresh();
            return new MeasureResult
            {
                Request = request,
                Methods = project.Methods,
                Lines = project.Lines,
                Files = project.Files.Count,
                PlannedFindings = new Dictionary<string, int>(project.PlannedFindings, StringComparer.Ordinal),
                Findings = findings,
                CompilerErrors = errors,
                AnalyzerExceptions = exceptions.Distinct().Take(20).ToList(),
                AnalyzersRun = set.Length,
                CompileSeconds = compileTimes.Count > 1 ? compileTimes.Skip(1).Min() : compileTimes[0],
                AnalysisSeconds = Best(pass => pass.Wall),
                AnalysisCpuSeconds = Best(pass => pass.Cpu),
                AllAnalyzersSeconds = Best(pass => pass.Analyzers.Values.Sum()),
                GdprSeconds = Best(GdprOf),
                GdprSecondsPerPass = passes.Select(GdprOf).ToList(),
                GdprByAnalyzer = gdpr.Select(analyzer => new AnalyzerTime(analyzer.GetType().Name, "GdprAnalyzers", Seconds(analyzer))).ToList(),
                LoggingAnalyzerSeconds = Seconds(logging),
                LoggingAnalyzer = logging?.GetType().Name ?? "(not run)",
                ClassifiedLoggingAnalyzerSeconds = Seconds(classified),
                ClassifiedLoggingAnalyzer = classified?.GetType().Name ?? "(not run)",
                TopAnalyzers = set
                    .Select(analyzer => new AnalyzerTime(analyzer.GetType().Name, analyzer.GetType().Assembly.GetName().Name ?? "", Seconds(analyzer)))
                    .OrderByDescending(time => time.Seconds)
                    .Take(8)
                    .ToList(),
                AnalysisAllocatedBytes = (long)Best(pass => pass.Allocated),
                PeakWorkingSetBytes = self.PeakWorkingSet64,
                NetAnalyzersVersion = FileVersion(net[0]),
                MeziantouVersion = FileVersion(meziantou[0]),
                RoslynVersion = FileVersionInfo.GetVersionInfo(typeof(CSharpCompilation).Assembly.Location).ProductVersion ?? BenchmarkEnvironment.RoslynVersion.ToString(),
            };
        }

        /// <summary>One analysis pass: each analyzer's telemetry, wall and processor time, bytes allocated.</summary>
        private sealed record PassTimes(Dictionary<DiagnosticAnalyzer, double> Analyzers, double Wall, double Cpu, double Allocated)
        {
            public double Of(DiagnosticAnalyzer analyzer) => Analyzers.TryGetValue(analyzer, out double seconds) ? seconds : 0;
        }

        private static string FileVersion(DiagnosticAnalyzer analyzer)
        {
            string location = analyzer.GetType().Assembly.Location;
            string? version = location.Length > 0 ? FileVersionInfo.GetVersionInfo(location).ProductVersion : null;
            return (version ?? analyzer.GetType().Assembly.GetName().Version?.ToString() ?? "?").Split('+')[0];
        }
    }
}
