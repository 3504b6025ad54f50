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
    /// The corpus runner's <c>--fix-all</c> mode, as its own process, on one small project of real code whose findings
    /// three code fixes handle (eShopSupport's Backend: GDPR005, GDPR002 and GDPR003 with the option off; GDPR102 and
    /// GDPR103 on), each rule alone and all in a chain: Fix All must add no compile error, throw nothing and leave no
    /// finding it still offers to fix.
    /// </summary>
    [Collection(CorpusRunnerProcess.Collection)]
    public sealed class CorpusFixAllTests
    {
        /// <summary>Generous: the run took about a minute on two busy cores (load average 18).</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        [Fact]
        public async Task FixAll_EShopSupportBackend_AddsNoErrorAndLeavesNothingFixable()
        {
            string root = Metadata("RepositoryRoot");
            string corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
            Assert.True(
                File.Exists(Path.Combine(corpus, "eShopSupport.tar.gz")),
                $"The real-code corpus was not found at '{corpus}': the repository's parent folder must contain shared/corpus/*.tar.gz (CI has it).");
            string runner = Metadata("CorpusRunner");
            Assert.True(File.Exists(runner), $"The corpus runner was not built at '{runner}' (build GdprAnalyzers.sln).");
            string output = Path.Combine(Path.GetTempPath(), "gdpr-analyzers-tests", $"corpus-fix-all-{Guid.NewGuid():N}.md");

            (int exitCode, string log) = await RunAsync(new[] { runner, "--fix-all", "--corpus", corpus, "--apps", "eShopSupport", "--projects", "src/Backend/", "--output", output });

            Assert.True(File.Exists(Path.ChangeExtension(output, ".json")), "The results were not written.\n" + Tail(log));
            using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(output, ".json")));
            List<JsonElement> projects = report.RootElement.GetProperty("Projects").EnumerateArray().ToList();
            Assert.Equal(
                new[] { "off alone", "off chain", "on alone", "on chain" },
                projects.Select(project => project.GetProperty("Mode").GetString() + " " + project.GetProperty("Sequence").GetString()));
            Assert.All(projects, project =>
            {
                Assert.Equal("ok", project.GetProperty("Status").GetString());
                List<JsonElement> rules = project.GetProperty("Rules").EnumerateArray().ToList();
                Assert.Contains(rules, rule => rule.GetProperty("Id").GetString() == "GDPR005" && rule.GetProperty("DocumentsChanged").GetInt32() > 0);
                Assert.All(rules, rule => Assert.True(
                    rule.GetProperty("NewErrors").GetInt32() == 0 && rule.GetProperty("LeftSameAction").GetInt32() == 0 && rule.GetProperty("Exception").ValueKind == JsonValueKind.Null,
                    rule.ToString()));
                Assert.Equal(project.GetProperty("ErrorsBefore").GetInt32(), project.GetProperty("ErrorsAfter").GetInt32());
                Assert.Empty(project.GetProperty("FixableAtEnd").EnumerateObject());
            });
            Assert.True(exitCode == 0, $"The fix-all run exited with {exitCode}.\n" + Tail(log));
        }

        private static async Task<(int ExitCode, string Log)> RunAsync(IEnumerable<string> arguments)
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
            var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
                Assert.Fail($"The fix-all run did not finish in {Timeout.TotalMinutes:0} minutes (stopped).\n" + Tail(log.ToString()));
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

        private static string Metadata(string key) =>
            typeof(CorpusFixAllTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
    }
}
