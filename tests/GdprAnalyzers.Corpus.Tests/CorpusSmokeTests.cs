using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus.Tests
{
    /// <summary>
    /// The corpus runner in its smoke mode, as its own process: BTCPayServer's main web project, squidex's largest project
    /// and the smallest project of every other archive of <c>../shared/corpus</c> (beside the repository), GdprAnalyzers
    /// alone, option off and on. It must finish within <see cref="Timeout"/>, with every project analysed and no
    /// GdprAnalyzers exception; it meets no time.
    /// </summary>
    [Collection(CorpusRunnerProcess.Collection)]
    public sealed class CorpusSmokeTests
    {
        /// <summary>Generous: the run took 3 minutes on two busy cores (load average 13), BTCPayServer stopping early.</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

        [Fact]
        public async Task SmokeRun_EveryArchive_FinishesWithoutAnalyzerExceptions()
        {
            string corpus = CorpusRunnerProcess.CorpusFolder();
            string runner = CorpusRunnerProcess.Runner();
            string output = Path.Combine(Path.GetTempPath(), "gdpr-analyzers-tests", $"corpus-smoke-{Guid.NewGuid():N}.md");

            (int exitCode, string log) = await CorpusRunnerProcess.RunAsync(new[] { runner, "--smoke", "--corpus", corpus, "--output", output }, Timeout, "The smoke run");

            Assert.True(File.Exists(output), "The results table was not written.\n" + CorpusRunnerProcess.Tail(log));
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
            Assert.True(exitCode == 0, $"The smoke run exited with {exitCode}.\n" + CorpusRunnerProcess.Tail(log));
            Assert.Contains("## Applications", File.ReadAllText(output), StringComparison.Ordinal);
        }
    }
}
