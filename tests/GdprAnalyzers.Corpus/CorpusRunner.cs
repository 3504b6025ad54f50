using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus
{
    /// <summary>How to run the corpus.</summary>
    public sealed record CorpusOptions
    {
        /// <summary>The folder of the <c>.tar.gz</c> archives (default: <c>../shared/corpus</c> from the repository root).</summary>
        public string CorpusFolder { get; init; } = CorpusEnvironment.DefaultCorpusFolder;

        /// <summary>Where the Markdown table goes; the JSON goes beside it (<c>.json</c>).</summary>
        public string OutputPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "corpus-results.md");

        /// <summary>The reduced run of CI: BTCPayServer's main project, squidex's largest project and the smallest project
        /// of every other archive, one pass per mode, GdprAnalyzers alone.</summary>
        public bool Smoke { get; init; }

        /// <summary>Only these archives (names without <c>.tar.gz</c>); empty: all.</summary>
        public IReadOnlyList<string> Applications { get; init; } = Array.Empty<string>();

        /// <summary>Only projects whose relative path contains one of these; empty: all.</summary>
        public IReadOnlyList<string> Projects { get; init; } = Array.Empty<string>();

        /// <summary>How each project is analysed.</summary>
        public AnalysisSettings Analysis { get; init; } = new();

        /// <summary>One child process per application (its projects one after another; a new process goes on after a
        /// crash or a time-out), or one per project.</summary>
        public bool ProcessPerProject { get; init; }

        /// <summary>Keep the extracted sources (in the temporary folder) after the run.</summary>
        public bool KeepExtracted { get; init; }
    }

    /// <summary>
    /// Runs the corpus: extracts each archive to a temporary folder, finds its projects, and has child processes of this
    /// program compile and analyse them (<see cref="ProjectAnalysis"/>), one project at a time. A child that overflows the
    /// stack or crashes ends only itself; one that passes the per-project time is stopped. Either is reported as a row,
    /// and a new child goes on with the next project. Then writes the Markdown table and the JSON.
    /// </summary>
    public static class CorpusRunner
    {
        /// <summary>Prefix of a child's line that starts a project.</summary>
        public const string StartPrefix = "@@START ";

        /// <summary>Prefix of a child's line with a project's result so far (JSON).</summary>
        public const string ResultPrefix = "@@RESULT ";

        /// <summary>Prefix of a child's line that ends a project.</summary>
        public const string EndPrefix = "@@END ";

        /// <summary>Prefix of a child's line describing its analyzer set (JSON).</summary>
        public const string SetPrefix = "@@SET ";

        /// <summary>How long the parent waits past the per-project time (the child cancels first) before it stops a child.</summary>
        public static readonly TimeSpan Grace = TimeSpan.FromSeconds(60);

        /// <summary>JSON of the results and the child protocol.</summary>
        public static JsonSerializerOptions Json { get; } = new() { WriteIndented = false };

        /// <summary>Runs the corpus as <paramref name="options"/> say and writes the table; returns the report and its
        /// Markdown.</summary>
        public static async Task<(CorpusReport Report, string Markdown)> RunAsync(CorpusOptions options, TextWriter log, CancellationToken cancellationToken = default)
        {
            var total = Stopwatch.StartNew();
            string loadBefore = LoadAverage();
            if (!Directory.Exists(options.CorpusFolder))
            {
                throw new DirectoryNotFoundException($"The corpus folder '{options.CorpusFolder}' does not exist (expected the archives of shared/corpus beside the repository; give --corpus PATH).");
            }

            List<string> archives = Directory.GetFiles(options.CorpusFolder, "*.tar.gz")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Where(path => options.Applications.Count == 0 || options.Applications.Contains(ApplicationName(path), StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (archives.Count == 0)
            {
                throw new FileNotFoundException($"No archive (*.tar.gz) to run in '{options.CorpusFolder}'.");
            }

            string temp = Path.Combine(Path.GetTempPath(), $"gdpr-corpus-{Environment.ProcessId}");
            var results = new List<ProjectResult>();
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                foreach (string archive in archives)
                {
                    string application = ApplicationName(archive);
                    string folder = Extract(archive, Path.Combine(temp, application));
                    ImmutableArray<CorpusProject> projects = CorpusProject.Discover(folder);
                    List<CorpusProject> selected = Select(application, projects, options);
                    log.WriteLine($"{application}: {selected.Count} of {projects.Count(p => p.Files.Length > 0)} projects with C# files, {selected.Sum(p => p.Files.Length):N0} files, {selected.Sum(p => p.Lines):N0} lines");
                    IEnumerable<List<CorpusProject>> batches = options.ProcessPerProject
                        ? selected.Select(project => new List<CorpusProject> { project })
                        : new[] { selected };
                    foreach (List<CorpusProject> batch in batches.Where(batch => batch.Count > 0))
                    {
                        results.AddRange(await RunChildrenAsync(application, folder, batch, options, environment, log, cancellationToken).ConfigureAwait(false));
                    }

                    if (!options.KeepExtracted)
                    {
                        TryDelete(Path.Combine(temp, application));
                    }
                }
            }
            finally
            {
                if (!options.KeepExtracted)
                {
                    TryDelete(temp);
                }
            }

            environment["Machine"] = Machine();
            environment["Load average"] = $"{loadBefore} at the start, {LoadAverage()} at the end";
            environment["Host compiler"] = "Roslyn " + CorpusEnvironment.RoslynVersion;
            environment["References"] = CorpusEnvironment.DescribeReferencePacks() + ", GdprAnalyzers.Annotations (as the package adds it); "
                + (options.Analysis.Packages ? "where a project references them: " + CorpusPackages.Describe() + " (no other package)" : "no package (--no-packages)");
            environment["Options"] = Describe(options);
            if (options.KeepExtracted)
            {
                environment["Extracted to"] = temp;
            }

            var report = new CorpusReport { Environment = environment, Projects = results, ElapsedSeconds = total.Elapsed.TotalSeconds };
            string markdown = CorpusReportWriter.Render(report, options);
            string? outputFolder = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
            if (outputFolder != null)
            {
                Directory.CreateDirectory(outputFolder);
            }

            await File.WriteAllTextAsync(options.OutputPath, markdown, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(
                Path.ChangeExtension(options.OutputPath, ".json"),
                JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }),
                cancellationToken).ConfigureAwait(false);
            return (report, markdown);
        }

        /// <summary>Whether a run is clean: every project finished, and no GdprAnalyzers analyzer threw.</summary>
        public static bool IsClean(CorpusReport report) =>
            report.Projects.All(project => project.Status == RunStatus.Ok)
            && !report.Projects.SelectMany(project => project.Modes).SelectMany(mode => mode.Exceptions).Any(IsGdprFailure);

        /// <summary>Whether an analyzer failure is GdprAnalyzers' (an AD0001 diagnostic names the analyzer in its message).</summary>
        public static bool IsGdprFailure(AnalyzerFailure failure) =>
            failure.Assembly == typeof(PersonalDataLoggedAnalyzer).Assembly.GetName().Name
            || (failure.Analyzer.StartsWith("AD", StringComparison.Ordinal) && failure.Message.Contains("GdprAnalyzers", StringComparison.Ordinal));

        /// <summary>The archive's name without <c>.tar.gz</c>.</summary>
        public static string ApplicationName(string archive) => Path.GetFileName(archive)[..^".tar.gz".Length];

        /// <summary>The projects to run: those with C# files (and matching <see cref="CorpusOptions.Projects"/>); in smoke
        /// mode BTCPayServer's main project, squidex's largest and every other archive's smallest.</summary>
        public static List<CorpusProject> Select(string application, IReadOnlyList<CorpusProject> projects, CorpusOptions options)
        {
            List<CorpusProject> candidates = projects
                .Where(project => project.Files.Length > 0)
                .Where(project => options.Projects.Count == 0 || options.Projects.Any(part => project.RelativePath.Contains(part, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (!options.Smoke || candidates.Count == 0)
            {
                return candidates;
            }

            CorpusProject chosen = application.ToLowerInvariant() switch
            {
                "btcpayserver" => candidates.FirstOrDefault(project => project.Name == "BTCPayServer") ?? candidates.MaxBy(project => project.Lines)!,
                "squidex" => candidates.MaxBy(project => project.Lines)!,
                _ => candidates.MinBy(project => project.Lines)!,
            };
            return new List<CorpusProject> { chosen };
        }

        /// <summary>Runs <paramref name="projects"/> in child processes, one after another; a new child goes on after a
        /// crash or a time-out. <paramref name="modesByProject"/>: the modes of some projects (by relative path), when not
        /// those of the options.</summary>
        internal static async Task<List<ProjectResult>> RunChildrenAsync(
            string application,
            string folder,
            List<CorpusProject> projects,
            CorpusOptions options,
            Dictionary<string, string> environment,
            TextWriter log,
            CancellationToken cancellationToken,
            IReadOnlyDictionary<string, IReadOnlyList<string>>? modesByProject = null)
        {
            var results = new Dictionary<string, ProjectResult>(StringComparer.Ordinal);
            var remaining = new Queue<CorpusProject>(projects);
            string listFile = Path.Combine(Path.GetTempPath(), $"gdpr-corpus-{Environment.ProcessId}-projects.txt");
            while (remaining.Count > 0)
            {
                await File.WriteAllLinesAsync(
                listFile,
                remaining.Select(project => modesByProject != null && modesByProject.TryGetValue(project.RelativePath, out IReadOnlyList<string>? modes)
                    ? project.RelativePath + "\t" + string.Join(",", modes)
                    : project.RelativePath),
                cancellationToken).ConfigureAwait(false);
                var child = new ChildRun(application, folder, listFile, options, log);
                ChildOutcome outcome = await child.RunAsync(environment, results, cancellationToken).ConfigureAwait(false);

                // Drop what the child finished, then the project it failed on.
                while (remaining.Count > 0 && outcome.Finished.Contains(remaining.Peek().RelativePath))
                {
                    remaining.Dequeue();
                }

                if (outcome.Succeeded)
                {
                    if (remaining.Count > 0)
                    {
                        // The child ended cleanly without reaching these: should not happen; report them instead of looping.
                        foreach (CorpusProject project in remaining)
                        {
                            results[project.RelativePath] = Failed(application, project, RunStatus.Failed, "the runner process ended before reaching it", outcome);
                        }
                    }

                    break;
                }

                if (remaining.Count == 0)
                {
                    break;
                }

                CorpusProject failed = remaining.Dequeue();
                if (outcome.Current != failed.RelativePath)
                {
                    // The child failed before it started a project (loading analyzers, reading the application): the next
                    // child would fail the same way.
                    foreach (CorpusProject project in remaining.Prepend(failed))
                    {
                        results[project.RelativePath] = Failed(application, project, RunStatus.Failed, "the runner process failed before the project: " + outcome.Describe(), outcome);
                    }

                    break;
                }

                ProjectResult partial = results.TryGetValue(failed.RelativePath, out ProjectResult? known)
                    ? known
                    : new ProjectResult { Application = application, Project = failed.RelativePath, Sdk = failed.Sdk, Files = failed.Files.Length, Lines = failed.Lines };
                string reached = partial.Phase.Length == 0 ? "before compiling" : "during " + partial.Phase;
                results[failed.RelativePath] = partial with
                {
                    Status = outcome.TimedOut ? RunStatus.TimedOut : RunStatus.Crashed,
                    Failure = (outcome.TimedOut ? $"stopped after {options.Analysis.ProjectTimeout.TotalSeconds + Grace.TotalSeconds:0} s " : $"process exited with code {outcome.ExitCode} ") + reached,
                    LastErrorLines = outcome.ErrorLines,
                };
                log.WriteLine($"  {failed.RelativePath}: {results[failed.RelativePath].Status}: {results[failed.RelativePath].Failure}");
            }

            TryDelete(listFile);
            return projects.Where(project => results.ContainsKey(project.RelativePath)).Select(project => results[project.RelativePath]).ToList();
        }

        private static ProjectResult Failed(string application, CorpusProject project, string status, string failure, ChildOutcome outcome) => new()
        {
            Application = application,
            Project = project.RelativePath,
            Sdk = project.Sdk,
            Files = project.Files.Length,
            Lines = project.Lines,
            Status = status,
            Failure = failure,
            LastErrorLines = outcome.ErrorLines,
        };

        /// <summary>Extracts an archive into <paramref name="destination"/>; returns the application's folder (the
        /// archive's single top folder, if it has one).</summary>
        public static string Extract(string archive, string destination)
        {
            TryDelete(destination);
            Directory.CreateDirectory(destination);
            using (FileStream file = File.OpenRead(archive))
            using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            {
                TarFile.ExtractToDirectory(gzip, destination, overwriteFiles: true);
            }

            string[] folders = Directory.GetDirectories(destination);
            return folders.Length == 1 && Directory.GetFiles(destination).Length == 0 ? folders[0] : destination;
        }

        internal static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind is harmless.
            }
        }

        private static string Describe(CorpusOptions options)
        {
            AnalysisSettings a = options.Analysis;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{(options.Smoke ? "smoke run; " : "")}{CorpusEnvironment.ProbableOption} {string.Join(" then ", a.Modes)}; {(a.Passes == 1 ? "one analysis pass per mode" : $"{a.Passes} analysis passes for the first mode of each process (the first warms up), {a.Passes - 1} for every later one")}; " +
                $"{(a.CompileStep ? "compiled on its own first" : "no separate compile (the compiler's diagnostics come from the first mode's pass, which then records no analyzer times)")}; " +
                $"{(a.GdprOnly ? "GdprAnalyzers alone" : "the realistic set (NetAnalyzers, Meziantou.Analyzer, GdprAnalyzers)")}; one thread; per-project time {a.ProjectTimeout.TotalSeconds:0} s; " +
                $"{(options.ProcessPerProject ? "one process per project" : "one process per application, a new one after a crash or time-out")}{(a.Members ? "; members timed with the option " + a.Modes[^1] : "")}");
        }

        /// <summary>The 1-, 5- and 15-minute load averages, or "unknown".</summary>
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

        private static string Machine()
        {
            string cpu = "unknown processor";
            long memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            try
            {
                if (File.Exists("/proc/cpuinfo"))
                {
                    cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
                }
            }
            catch (IOException)
            {
                // Keep "unknown".
            }

            return string.Create(
                CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} cores ({cpu}), {memory / (1024.0 * 1024 * 1024):0.0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        }
    }
}
