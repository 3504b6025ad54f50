using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
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
            string corpus = CorpusRunnerProcess.CorpusFolder();
            string runner = CorpusRunnerProcess.Runner();
            string output = Path.Combine(Path.GetTempPath(), "gdpr-analyzers-tests", $"corpus-fix-all-{Guid.NewGuid():N}.md");

            (int exitCode, string log) = await CorpusRunnerProcess.RunAsync(
                new[] { runner, "--fix-all", "--corpus", corpus, "--apps", "eShopSupport", "--projects", "src/Backend/", "--output", output },
                Timeout,
                "The fix-all run");

            Assert.True(File.Exists(Path.ChangeExtension(output, ".json")), "The results were not written.\n" + CorpusRunnerProcess.Tail(log));
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
            Assert.True(exitCode == 0, $"The fix-all run exited with {exitCode}.\n" + CorpusRunnerProcess.Tail(log));
        }
    }
}
