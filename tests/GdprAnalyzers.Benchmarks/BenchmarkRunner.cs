using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>How to run the benchmark.</summary>
    public sealed record BenchmarkOptions
    {
        /// <summary>Method counts of the synthetic projects.</summary>
        public IReadOnlyList<int> Sizes { get; init; } = new[] { 1000, 4000, 16000 };

        /// <summary>Pathological shapes to run, with their sizes.</summary>
        public IReadOnlyList<(string Name, int Size)> Shapes { get; init; } =
            PathologicalShapes.Names.Select(name => (name, PathologicalShapes.DefaultSize(name, smoke: false))).ToList();

        /// <summary>Analysis passes per measurement: the first warms up, the best of the others is kept.</summary>
        public int Passes { get; init; } = 3;

        /// <summary>Run each measurement in its own process (peak memory per measurement, a hung shape can be
        /// stopped); false: all in this process.</summary>
        public bool SeparateProcesses { get; init; } = true;

        /// <summary>Analyse (and emit) on several threads, as the compiler does; false: one thread, so that each
        /// analyzer's telemetry is its own processor time.</summary>
        public bool Concurrent { get; init; }

        /// <summary>How long one pathological shape may take (its own process is stopped then).</summary>
        public TimeSpan ShapeTimeout { get; init; } = TimeSpan.FromSeconds(60);

        /// <summary>Only these analyzers (type or assembly names, comma separated); empty: the whole realistic set.</summary>
        public string Only { get; init; } = "";

        /// <summary>Where the Markdown results go.</summary>
        public string OutputPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "benchmark-results.md");

        /// <summary>The reduced run CI makes: small sizes, small shapes, everything in this process.</summary>
        public static BenchmarkOptions Smoke(string outputPath) => new()
        {
            Sizes = new[] { 130 },
            Shapes = PathologicalShapes.Names.Select(name => (name, PathologicalShapes.DefaultSize(name, smoke: true))).ToList(),
            Passes = 2,
            SeparateProcesses = false,
            OutputPath = outputPath,
        };
    }

    /// <summary>A finished benchmark: the measurements and the Markdown written to <see cref="BenchmarkOptions.OutputPath"/>.</summary>
    public sealed record BenchmarkReport(
        IReadOnlyList<MeasureResult> Projects,
        IReadOnlyList<MeasureResult?> ProjectsWithoutGdpr,
        IReadOnlyList<(string Name, int Size, MeasureResult? Result, string? Failure)> Shapes,
        string Markdown);

    /// <summary>
    /// Runs the benchmark: for each size, the synthetic project with the realistic analyzer set, with and without
    /// GdprAnalyzers; then each pathological shape with the full set. Writes a Markdown report (machine, tables, the
    /// issue's targets as met or missed) to <see cref="BenchmarkOptions.OutputPath"/>.
    /// </summary>
    public static class BenchmarkRunner
    {
        /// <summary>Prefix of the line a measuring process prints its result on.</summary>
        public const string ResultPrefix = "RESULT ";

        /// <summary>GdprAnalyzers' time must stay at or below NetAnalyzers' logging analyzer.</summary>
        public const double LoggingRatioTarget = 1.0;

        /// <summary>The 16,000-method project may cost at most 20 times the 1,000-method one.</summary>
        public const double ScalingTarget = 20.0;

        /// <summary>Each pathological shape in under 2 s of GdprAnalyzers time.</summary>
        public const double ShapeTargetSeconds = 2.0;

        public static async Task<BenchmarkReport> RunAsync(BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken = default)
        {
            var total = Stopwatch.StartNew();
            string loadBefore = LoadAverage();
            log.WriteLine($"Resolving references ({BenchmarkEnvironment.RoslynVersion} host)...");
            ImmutableArray<string> references = await BenchmarkEnvironment.ResolveReferencePathsAsync(cancellationToken).ConfigureAwait(false);
            string referenceFile = Path.Combine(Path.GetTempPath(), "gdpr-analyzers-benchmarks", $"references-{Environment.ProcessId}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(referenceFile)!);
            await File.WriteAllLinesAsync(referenceFile, references, cancellationToken).ConfigureAwait(false);

            var projects = new List<MeasureResult>();
            var baselines = new List<MeasureResult?>();
            foreach (int size in options.Sizes)
            {
                MeasureResult with = await MeasureAsync(new MeasureRequest("project", "project", size, WithGdpr: true, options.Passes, options.Concurrent, options.Only), options, references, referenceFile, null, log, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The {size}-method project did not finish.");
                projects.Add(with);
                Log(log, with);
                MeasureResult? without = await MeasureAsync(new MeasureRequest("project", "project", size, WithGdpr: false, options.Passes, options.Concurrent, options.Only), options, references, referenceFile, null, log, cancellationToken).ConfigureAwait(false);
                baselines.Add(without);
                if (without != null)
                {
                    Log(log, without);
                }
            }

            var shapes = new List<(string, int, MeasureResult?, string?)>();
            foreach ((string name, int size) in options.Shapes)
            {
                MeasureResult? result = null;
                string? failure = null;
                try
                {
                    result = await MeasureAsync(new MeasureRequest("shape", name, size, WithGdpr: true, options.Passes, options.Concurrent, options.Only), options, references, referenceFile, options.ShapeTimeout, log, cancellationToken).ConfigureAwait(false);
                    if (result is null)
                    {
                        failure = $"did not finish in {options.ShapeTimeout.TotalSeconds:0} s (process stopped)";
                    }
                    else
                    {
                        Log(log, result);
                    }
                }
                catch (InvalidOperationException exception)
                {
                    failure = exception.Message;
                }

                shapes.Add((name, size, result, failure));
            }

            string markdown = ResultsTable.Render(options, projects, baselines, shapes, total.Elapsed, loadBefore, LoadAverage());
            string? folder = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
            if (folder != null)
            {
                Directory.CreateDirectory(folder);
            }

            await File.WriteAllTextAsync(options.OutputPath, markdown, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(
                Path.ChangeExtension(options.OutputPath, ".json"),
                JsonSerializer.Serialize(new { projects, baselines, shapes = shapes.Select(s => new { s.Item1, s.Item2, s.Item3, s.Item4 }) }, Program.Json),
                cancellationToken).ConfigureAwait(false);
            File.Delete(referenceFile);
            return new BenchmarkReport(projects, baselines, shapes, markdown);
        }

        private static void Log(TextWriter log, MeasureResult result) =>
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {result.Request.Kind} {result.Request.Name} {result.Request.Size} {(result.Request.WithGdpr ? "with" : "without")} GdprAnalyzers: " +
                $"GDPR {result.GdprSeconds:0.000} s (passes {string.Join(", ", result.GdprSecondsPerPass.Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))}), " +
                $"{result.LoggingAnalyzer} {result.LoggingAnalyzerSeconds:0.000} s, {result.ClassifiedLoggingAnalyzer} {result.ClassifiedLoggingAnalyzerSeconds:0.000} s, " +
                $"compile {result.CompileSeconds:0.00} s, analysis {result.AnalysisSeconds:0.00} s, peak {result.PeakWorkingSetBytes / 1048576.0:0} MiB"));

        /// <summary>One measurement, in its own process when <see cref="BenchmarkOptions.SeparateProcesses"/>; null when
        /// the process ran out of <paramref name="timeout"/>.</summary>
        private static async Task<MeasureResult?> MeasureAsync(
            MeasureRequest request,
            BenchmarkOptions options,
            IReadOnlyList<string> references,
            string referenceFile,
            TimeSpan? timeout,
            TextWriter log,
            CancellationToken cancellationToken)
        {
            if (!options.SeparateProcesses)
            {
                return await Measurement.RunAsync(request, references, cancellationToken).ConfigureAwait(false);
            }

            (string fileName, string prefix) = Host();
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (prefix.Length > 0)
            {
                start.ArgumentList.Add(prefix);
            }

            foreach (string argument in Program.MeasureArguments(request, referenceFile))
            {
                start.ArgumentList.Add(argument);
            }

            log.WriteLine($"Measuring {request.Kind} {request.Name} {request.Size} ({(request.WithGdpr ? "with" : "without")} GdprAnalyzers)...");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measuring process.");
            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (timeout is { } limit)
            {
                timeoutSource.CancelAfter(limit);
            }

            try
            {
                await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return null;
            }

            string stdout = await output.ConfigureAwait(false);
            string stderr = await error.ConfigureAwait(false);
            string? line = stdout.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
            if (process.ExitCode != 0 || line is null)
            {
                throw new InvalidOperationException($"The measuring process failed (exit {process.ExitCode}): {stderr}{stdout}".Trim());
            }

            return JsonSerializer.Deserialize<MeasureResult>(line[ResultPrefix.Length..], Program.Json)
                ?? throw new InvalidOperationException("The measuring process printed no result.");
        }

        /// <summary>How to start this program again: its apphost, or the dotnet host with this assembly.</summary>
        private static (string FileName, string Prefix) Host()
        {
            string assembly = typeof(BenchmarkRunner).Assembly.Location;
            string? processPath = Environment.ProcessPath;
            if (processPath != null && Path.GetFileNameWithoutExtension(processPath) == Path.GetFileNameWithoutExtension(assembly))
            {
                return (processPath, "");
            }

            string dotnet = processPath != null && Path.GetFileNameWithoutExtension(processPath) == "dotnet" ? processPath : "dotnet";
            return (dotnet, assembly);
        }

        /// <summary>The 1-, 5- and 15-minute load averages (how busy the shared machine is), or "unknown".</summary>
        internal static string LoadAverage()
        {
            try
            {
                return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
            }
            catch (IOException)
            {
                return "unknown";
            }
        }

        /// <summary>The machine, for the report.</summary>
        internal static string Machine()
        {
            string cpu = "unknown processor";
            long memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            try
            {
                if (File.Exists("/proc/cpuinfo"))
                {
                    cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
                }

                if (File.Exists("/proc/meminfo"))
                {
                    string? total = File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal));
                    if (total != null && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out long kib))
                    {
                        memory = kib * 1024;
                    }
                }
            }
            catch (IOException)
            {
                // Keep what the runtime says.
            }

            return string.Create(
                CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} cores ({cpu}), {memory / (1024.0 * 1024 * 1024):0.0} GiB, {RuntimeInformation.OSDescription}, " +
                $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        }
    }
}
