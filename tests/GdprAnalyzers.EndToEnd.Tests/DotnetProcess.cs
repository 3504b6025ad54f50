using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>What one <c>dotnet</c> process did.</summary>
    internal sealed class ProcessResult
    {
        public ProcessResult(string commandLine, string workingDirectory, int exitCode, string standardOutput, string standardError, TimeSpan elapsed)
        {
            CommandLine = commandLine;
            WorkingDirectory = workingDirectory;
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
            Elapsed = elapsed;
        }

        public string CommandLine { get; }

        public string WorkingDirectory { get; }

        public int ExitCode { get; }

        public string StandardOutput { get; }

        public string StandardError { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>Standard output and standard error together, for searching.</summary>
        public string AllOutput => StandardOutput + Environment.NewLine + StandardError;

        /// <summary>The command, its exit code and time, and what it printed: the message of a failed assertion.</summary>
        public string Describe()
        {
            var text = new StringBuilder();
            text.AppendLine($"$ {CommandLine}");
            text.AppendLine($"  (in {WorkingDirectory}; exit code {ExitCode}; {Elapsed.TotalSeconds:F1} s)");
            text.AppendLine("--- standard output ---");
            text.AppendLine(Tail(StandardOutput));
            text.AppendLine("--- standard error ---");
            text.AppendLine(Tail(StandardError));
            return text.ToString();
        }

        private static string Tail(string text)
        {
            const int Limit = 20_000;
            return text.Length <= Limit ? text : "[... " + (text.Length - Limit) + " characters left out ...]" + text.Substring(text.Length - Limit);
        }
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI as a child process with a timeout, capturing its output. Never reads standard input
    /// (it is closed), never waits forever.
    /// </summary>
    internal static class DotnetProcess
    {
        /// <summary>How long to wait for the output pipes to close after the process has exited: a grandchild (a build
        /// node or the compiler server) may hold them open.</summary>
        private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(10);

        /// <summary>The <c>dotnet</c> executable: the one that runs this test when the SDK says so, else the PATH's.</summary>
        public static string DotnetPath { get; } = FindDotnet();

        /// <summary>
        /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.
        /// </summary>
        /// <param name="removeVariables">Environment variables to unset in the child, e.g. <c>NUGET_PACKAGES</c>, which
        /// would override a nuget.config's <c>globalPackagesFolder</c>.</param>
        public static async Task<ProcessResult> RunAsync(
            string workingDirectory,
            IReadOnlyList<string> arguments,
            TimeSpan timeout,
            IReadOnlyCollection<string>? removeVariables = null)
        {
            var startInfo = new ProcessStartInfo(DotnetPath)
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (string argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            ConfigureEnvironment(startInfo.Environment, removeVariables);

            string commandLine = "dotnet " + string.Join(" ", arguments);
            var output = new StringBuilder();
            var error = new StringBuilder();
            var outputClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var errorClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            using var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, e) => Append(output, e.Data, outputClosed);
            process.ErrorDataReceived += (_, e) => Append(error, e.Data, errorClosed);
            process.Exited += (_, _) => exited.TrySetResult();

            Stopwatch stopwatch = Stopwatch.StartNew();
            process.Start();
            process.StandardInput.Close(); // No interactive input, ever.
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (await Task.WhenAny(exited.Task, Task.Delay(timeout)).ConfigureAwait(false) != exited.Task)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited in between.
                }

                await Task.WhenAny(Task.WhenAll(outputClosed.Task, errorClosed.Task), Task.Delay(OutputGrace)).ConfigureAwait(false);
                var timedOut = new ProcessResult(commandLine, workingDirectory, -1, Snapshot(output), Snapshot(error), stopwatch.Elapsed);
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s and was killed:{Environment.NewLine}{timedOut.Describe()}");
            }

            process.WaitForExit(); // Exit code and exit time are final now.
            await Task.WhenAny(Task.WhenAll(outputClosed.Task, errorClosed.Task), Task.Delay(OutputGrace)).ConfigureAwait(false);
            stopwatch.Stop();
            return new ProcessResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output), Snapshot(error), stopwatch.Elapsed);
        }

        private static void Append(StringBuilder target, string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }

            lock (target)
            {
                target.AppendLine(line);
            }
        }

        private static string Snapshot(StringBuilder text)
        {
            lock (text)
            {
                return text.ToString();
            }
        }

        /// <summary>
        /// A clean environment for a child build: none of the MSBuild variables that <c>dotnet test</c> passed to this
        /// test host (they would tie the child to this build's MSBuild instance), no build node that outlives the child
        /// and keeps its output pipes open, no telemetry or first-run banners.
        /// </summary>
        private static void ConfigureEnvironment(IDictionary<string, string?> environment, IReadOnlyCollection<string>? removeVariables)
        {
            var names = new List<string>(environment.Keys);
            foreach (string name in names)
            {
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(name);
                }
            }

            if (removeVariables != null)
            {
                foreach (string name in removeVariables)
                {
                    environment.Remove(name);
                }
            }

            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        }

        private static string FindDotnet()
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            return OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        }
    }
}
