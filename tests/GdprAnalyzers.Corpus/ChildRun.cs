using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus
{
    /// <summary>How a child process ended.</summary>
    internal sealed record ChildOutcome
    {
        /// <summary>The projects it finished (an END line).</summary>
        public HashSet<string> Finished { get; init; } = new(StringComparer.Ordinal);

        /// <summary>The project it had started and not finished, if any.</summary>
        public string? Current { get; init; }

        /// <summary>Whether it was stopped for running out of time.</summary>
        public bool TimedOut { get; init; }

        /// <summary>Its exit code (-1 when stopped).</summary>
        public int ExitCode { get; init; }

        /// <summary>Its last lines on standard error (after a stack overflow: the overflow's first frames).</summary>
        public List<string> ErrorLines { get; init; } = new();

        /// <summary>Ended with exit code 0, every project finished.</summary>
        public bool Succeeded => !TimedOut && ExitCode == 0 && Current is null;

        /// <summary>One line for the report.</summary>
        public string Describe() => TimedOut ? "timed out" : $"exit code {ExitCode}" + (ErrorLines.Count > 0 ? ": " + ErrorLines[^1] : "");
    }

    /// <summary>One child process of the runner: started with <c>--child</c> on a list of projects, watched line by line,
    /// stopped when a project passes its time.</summary>
    internal sealed class ChildRun
    {
        /// <summary>What a child writes on standard error when it starts a project.</summary>
        public const string ProjectMarker = "project ";

        private const int KeptErrorLines = 24;

        private readonly string _application;
        private readonly string _folder;
        private readonly string _listFile;
        private readonly CorpusOptions _options;
        private readonly TextWriter _log;

        public ChildRun(string application, string folder, string listFile, CorpusOptions options, TextWriter log)
        {
            _application = application;
            _folder = folder;
            _listFile = listFile;
            _options = options;
            _log = log;
        }

        /// <summary>The arguments of a child process.</summary>
        public static IEnumerable<string> Arguments(string application, string folder, string listFile, AnalysisSettings settings)
        {
            yield return "--child";
            yield return application;
            yield return folder;
            yield return listFile;
            yield return "--modes";
            yield return string.Join(",", settings.Modes);
            yield return "--passes";
            yield return settings.Passes.ToString(CultureInfo.InvariantCulture);
            yield return "--per-project-timeout";
            yield return settings.ProjectTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            if (settings.Members)
            {
                yield return "--members";
            }

            if (settings.GdprOnly)
            {
                yield return "--gdpr-only";
            }

            if (settings.Facts)
            {
                yield return "--facts";
            }

            if (!settings.Packages)
            {
                yield return "--no-packages";
            }

            if (!settings.CompileStep)
            {
                yield return "--no-compile-step";
            }
        }

        public async Task<ChildOutcome> RunAsync(Dictionary<string, string> environment, Dictionary<string, ProjectResult> results, CancellationToken cancellationToken)
        {
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

            foreach (string argument in Arguments(_application, _folder, _listFile, _options.Analysis))
            {
                start.ArgumentList.Add(argument);
            }

            var errors = new ErrorTail(KeptErrorLines);
            using var process = new Process { StartInfo = start };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    errors.Add(e.Data);
                }
            };
            process.Start();
            process.BeginErrorReadLine();

            var finished = new HashSet<string>(StringComparer.Ordinal);
            string? current = null;
            DateTime deadline = DateTime.UtcNow + _options.Analysis.ProjectTimeout + CorpusRunner.Grace;
            var clock = Stopwatch.StartNew();
            bool timedOut = false;
            while (true)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                string? line;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    wait.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
                    try
                    {
                        line = await process.StandardOutput.ReadLineAsync(wait.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        timedOut = true;
                        break;
                    }
                }

                if (line is null)
                {
                    break;
                }

                if (line.StartsWith(CorpusRunner.StartPrefix, StringComparison.Ordinal))
                {
                    current = line[CorpusRunner.StartPrefix.Length..];
                    deadline = DateTime.UtcNow + _options.Analysis.ProjectTimeout + CorpusRunner.Grace;
                    clock.Restart();
                    _log.WriteLine($"  {current} ...");
                }
                else if (line.StartsWith(CorpusRunner.ResultPrefix, StringComparison.Ordinal))
                {
                    ProjectResult? result = JsonSerializer.Deserialize<ProjectResult>(line[CorpusRunner.ResultPrefix.Length..], CorpusRunner.Json);
                    if (result != null)
                    {
                        results[result.Project] = result;
                    }
                }
                else if (line.StartsWith(CorpusRunner.EndPrefix, StringComparison.Ordinal))
                {
                    string project = line[CorpusRunner.EndPrefix.Length..];
                    finished.Add(project);
                    if (results.TryGetValue(project, out ProjectResult? done))
                    {
                        _log.WriteLine(Summary(done, clock.Elapsed));
                    }

                    current = null;
                }
                else if (line.StartsWith(CorpusRunner.SetPrefix, StringComparison.Ordinal))
                {
                    Dictionary<string, string>? set = JsonSerializer.Deserialize<Dictionary<string, string>>(line[CorpusRunner.SetPrefix.Length..], CorpusRunner.Json);
                    foreach (KeyValuePair<string, string> pair in set ?? new Dictionary<string, string>())
                    {
                        environment[pair.Key] = pair.Value;
                    }
                }
                else
                {
                    _log.WriteLine("  | " + line);
                }
            }

            if (timedOut)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            process.WaitForExit();
            return new ChildOutcome
            {
                Finished = finished,
                Current = current,
                TimedOut = timedOut,
                ExitCode = timedOut ? -1 : process.ExitCode,
                ErrorLines = errors.Lines(),
            };
        }

        private static string Summary(ProjectResult result, TimeSpan elapsed)
        {
            string modes = string.Join("; ", result.Modes.Select(mode =>
                string.Create(CultureInfo.InvariantCulture, $"{mode.Mode}: GDPR {mode.GdprSeconds:0.00} s, logging {mode.LoggingSeconds:0.00} s, {string.Join(" ", mode.Findings.Where(pair => pair.Key.StartsWith("GDPR", StringComparison.Ordinal)).Select(pair => pair.Key + "=" + pair.Value))}{(mode.Exceptions.Count > 0 ? $", {mode.Exceptions.Sum(e => e.Count)} exceptions" : "")}")));
            return string.Create(
                CultureInfo.InvariantCulture,
                $"  {result.Project}: {result.Status}, {result.Files} files, {result.Lines:N0} lines, {result.CompileErrors:N0} errors, compile {result.CompileSeconds:0.0} s; {modes} ({elapsed.TotalSeconds:0} s)");
        }

        /// <summary>How to start this program again: its apphost, or the dotnet host with this assembly.</summary>
        private static (string FileName, string Prefix) Host()
        {
            string assembly = typeof(ChildRun).Assembly.Location;
            string? processPath = Environment.ProcessPath;
            if (processPath != null && Path.GetFileNameWithoutExtension(processPath) == Path.GetFileNameWithoutExtension(assembly))
            {
                return (processPath, "");
            }

            string dotnet = processPath != null && Path.GetFileNameWithoutExtension(processPath) == "dotnet" ? processPath : "dotnet";
            return (dotnet, assembly);
        }

        /// <summary>Runs of the same line as one line with a count (a recursion's frames).</summary>
        private static IEnumerable<string> Collapse(IEnumerable<string> lines)
        {
            string? previous = null;
            int repeats = 0;
            foreach (string line in lines)
            {
                if (line == previous)
                {
                    repeats++;
                    continue;
                }

                if (repeats > 0)
                {
                    yield return $"   (the line above {repeats} more times)";
                }

                previous = line;
                repeats = 0;
                yield return line;
            }

            if (repeats > 0)
            {
                yield return $"   (the line above {repeats} more times)";
            }
        }

        /// <summary>The last lines of a child's standard error, less the per-member progress lines (the last of those is
        /// kept: it names the member being analysed); after "Stack overflow." the first frames, which repeat.</summary>
        private sealed class ErrorTail
        {
            private const int OverflowCapacity = 200;

            private readonly int _capacity;
            private readonly Queue<string> _lines = new();
            private readonly List<string> _overflow = new();
            private string? _member;
            private bool _inOverflow;

            public ErrorTail(int capacity) => _capacity = capacity;

            public void Add(string line)
            {
                lock (_lines)
                {
                    if (line.StartsWith("member ", StringComparison.Ordinal))
                    {
                        _member = line;
                        return;
                    }

                    if (line.StartsWith(ProjectMarker, StringComparison.Ordinal))
                    {
                        // A new project: what came before belongs to the previous one.
                        _member = null;
                        _lines.Clear();
                        return;
                    }

                    if (line.StartsWith("Stack overflow", StringComparison.Ordinal))
                    {
                        _inOverflow = true;
                    }

                    if (_inOverflow && _overflow.Count < OverflowCapacity)
                    {
                        _overflow.Add(line);
                        return;
                    }

                    _lines.Enqueue(line);
                    while (_lines.Count > _capacity)
                    {
                        _lines.Dequeue();
                    }
                }
            }

            public List<string> Lines()
            {
                lock (_lines)
                {
                    var result = new List<string>();
                    if (_member != null)
                    {
                        result.Add("last " + _member);
                    }

                    result.AddRange(Collapse(_overflow));
                    result.AddRange(Collapse(_overflow.Count > 0 ? _lines.TakeLast(6) : _lines));
                    return result;
                }
            }
        }
    }
}
