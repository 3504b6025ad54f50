using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus.Tests
{
    /// <summary>
    /// The corpus runner in its smoke mode, as its own process: BTCPayServer's main web project, squidex's largest project
    /// and the smallest project of every other archive of <c>../shared/corpus</c> (beside the repository), GdprAnalyzers
    /// alone, option off and on. It must finish within <see cref="Timeout"/>, with every project analysed and no
    /// GdprAnalyzers exception; it meets no time.
    /// </summary>
    public sealed class CorpusSmokeTests
    {
        /// <summary>Generous: the run took 3 minutes on two busy cores (load average 13), BTCPayServer stopping early.</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

        [Fact]
        public async Task SmokeRun_EveryArchive_FinishesWithoutAnalyzerExceptions()
        {
            string root = Metadata("RepositoryRoot");
            string corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
            Assert.True(
                Directory.Exists(corpus) && Directory.GetFiles(corpus, "*.tar.gz").Length > 0,
                $"The real-code corpus was not found at '{corpus}': the repository's parent folder must contain shared/corpus/*.tar.gz (CI has it).");
            string runner = Metadata("CorpusRunner");
            Assert.True(File.Exists(runner), $"The corpus runner was not built at '{runner}' (build GdprAnalyzers.sln).");
            string output = Path.Combine(Path.GetTempPath(), "gdpr-analyzers-tests", $"corpus-smoke-{Guid.NewGuid():N}.md");

            (int exitCode, string log) = await RunAsync(Dotnet(), new[] { runner, "--smoke", "--corpus", corpus, "--output", output });

            Assert.True(File.Exists(output), "The results table was not written.\n" + Tail(log));
            string json = File.ReadAllText(Path.ChangeExtension(output, ".json"));
            using JsonDocument report = JsonDocument.Parse(json);
            List<JsonElement> projects = report.RootElement.GetProperty("Projects").EnumerateArray().ToList();
            string[] archives = Directory.GetFiles(corpus, "*.tar.gz").Select(path => Path.GetFileName(path)[..^".tar.gz".Length]).ToArray();
            Assert.Equal(archives.OrderBy(name => name, StringComparer.Ordinal), projects.Select(project => project.GetProperty("Application").GetString()!).OrderBy(name => name, StringComparer.Ordinal));
            Assert.Contains(projects, project => project.GetProperty("Project").GetString()!.EndsWith("/BTCPayServer.csproj", StringComparison.Ordinal));
            Assert.All(projects, project =>
            {
                string name = project.GetProperty("Application").GetString() + " " + project.GetProperty("Project").GetString();
                Assert.True(project.GetProperty("Status").GetString() == "ok", $"{name}: {project.GetProperty("Status").GetString()}, {project.GetProperty("Failure")}\n{string.Join("\n", project.GetProperty("LastErrorLines").EnumerateArray().Select(line => line.GetString()))}");
                List<JsonElement> modes = project.GetProperty("Modes").EnumerateArray().ToList();
                Assert.Equal(new[] { "off", "on" }, modes.Select(mode => mode.GetProperty("Mode").GetString()));
                Assert.All(modes, mode => Assert.True(mode.GetProperty("Exceptions").GetArrayLength() == 0, $"{name}: analyzer exceptions: {mode.GetProperty("Exceptions")}"));
            });
            Assert.True(exitCode == 0, $"The smoke run exited with {exitCode}.\n" + Tail(log));
            Assert.Contains("## Applications", File.ReadAllText(output), StringComparison.Ordinal);
        }

        private static async Task<(int ExitCode, string Log)> RunAsync(string fileName, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Assert.Fail($"The smoke run did not finish in {Timeout.TotalMinutes:0} minutes (stopped).\n" + Tail(log.ToString()));
            }

            process.WaitForExit();
            return (process.ExitCode, log.ToString());
        }

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

        private static string Tail(string log) => string.Join("\n", log.Split('\n').TakeLast(60));

        /// <summary>The dotnet host that runs the tests (the CLI sets DOTNET_HOST_PATH), else the one on the path.</summary>
        private static string Dotnet() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        private static string Metadata(string key) =>
            typeof(CorpusSmokeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
    }
}
