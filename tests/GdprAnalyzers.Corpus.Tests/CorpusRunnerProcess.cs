using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus.Tests
{
    /// <summary>
    /// Starts the corpus runner as its own process (it hosts Roslyn 5.x, never loaded into the test process) and finds
    /// what the tests need: the repository, the corpus beside it, the runner's build. The tests that run it share one
    /// collection, so that xunit runs them one after the other: each one keeps a core busy for minutes.
    /// </summary>
    internal static class CorpusRunnerProcess
    {
        /// <summary>The xunit collection of the tests that start the runner (not run in parallel with each other).</summary>
        public const string Collection = "Corpus runner processes";

        /// <summary>The real-code corpus: <c>../shared/corpus</c> from the repository root; fails the test when absent.</summary>
        public static string CorpusFolder()
        {
            string corpus = Path.GetFullPath(Path.Combine(Metadata("RepositoryRoot"), "..", "shared", "corpus"));
            Xunit.Assert.True(
                Directory.Exists(corpus) && Directory.GetFiles(corpus, "*.tar.gz").Length > 0,
                $"The real-code corpus was not found at '{corpus}': the repository's parent folder must contain shared/corpus/*.tar.gz (CI has it).");
            return corpus;
        }

        /// <summary>The runner's assembly; fails the test when it was not built.</summary>
        public static string Runner()
        {
            string runner = Metadata("CorpusRunner");
            Xunit.Assert.True(File.Exists(runner), $"The corpus runner was not built at '{runner}' (build GdprAnalyzers.sln).");
            return runner;
        }

        /// <summary>Runs the dotnet host with <paramref name="arguments"/>; fails the test (stopping the process) after
        /// <paramref name="timeout"/>. Returns the exit code and everything the process wrote.</summary>
        public static async Task<(int ExitCode, string Log)> RunAsync(IEnumerable<string> arguments, TimeSpan timeout, string what)
        {
            var start = new ProcessStartInfo(Dotnet()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var log = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(log, e.Data);
            process.ErrorDataReceived += (_, e) => Append(log, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Xunit.Assert.Fail($"{what} did not finish in {timeout.TotalMinutes:0} minutes (stopped).\n" + Tail(log.ToString()));
            }

            process.WaitForExit();
            return (process.ExitCode, log.ToString());
        }

        /// <summary>The last 60 lines of a log.</summary>
        public static string Tail(string log) => string.Join("\n", log.Split('\n').TakeLast(60));

        /// <summary>A value the test project's build recorded (<c>RepositoryRoot</c>, <c>CorpusRunner</c>).</summary>
        public static string Metadata(string key) =>
            typeof(CorpusRunnerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;

        private static void Append(StringBuilder log, string? line)
        {
            if (line != null)
            {
                lock (log)
                {
                    log.AppendLine(line);
                }
            }
        }

        /// <summary>The dotnet host that runs the tests (the CLI sets DOTNET_HOST_PATH), else the one on the path.</summary>
        private static string Dotnet() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
