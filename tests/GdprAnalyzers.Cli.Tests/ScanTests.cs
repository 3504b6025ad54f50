using System.IO;
using System.Linq;
using System.Text.Json;

namespace GdprAnalyzers.Cli.Tests
{
    /// <summary><c>gdpr scan</c> on projects that do not reference the GdprAnalyzers package: Discovery mode, the findings
    /// table, the SARIF log and the exit codes.</summary>
    [Collection(SampleCollection.Name)]
    public sealed class ScanTests
    {
        private readonly SampleFixture fixture;

        public ScanTests(SampleFixture fixture)
        {
            this.fixture = fixture;
        }

        [Fact]
        public void Scan_SampleWithoutThePackage_ReportsInDiscoveryMode_WritesSarif_AndExitsOneOnWarnings()
        {
            string sarifPath = Path.Combine(fixture.Sample.Folder, "out", "gdpr.sarif");

            ToolRun run = fixture.Run("scan", fixture.Sample.Project, "--sarif", sarifPath);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("SupportChatbot (Discovery)", run.Output);
            Assert.Contains("'Customer.Email' is personal data and reaches 'ILogger.LogInformation' unredacted", run.Output);

            using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
            JsonElement root = sarif.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            JsonElement runElement = Assert.Single(root.GetProperty("runs").EnumerateArray());
            JsonElement driver = runElement.GetProperty("tool").GetProperty("driver");
            Assert.Equal("GdprAnalyzers", driver.GetProperty("name").GetString());
            JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
            Assert.Contains(rules, rule => rule.GetProperty("id").GetString() == "GDPR001");
            Assert.All(rules, rule => Assert.EndsWith("docs/rules/" + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString()));

            JsonElement[] results = runElement.GetProperty("results").EnumerateArray().ToArray();
            Assert.All(results, result =>
            {
                string ruleId = result.GetProperty("ruleId").GetString()!;
                Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
                Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
                JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.EndsWith(".cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
            });

            // The sample's seven logged values and its stores without declarations, as a build reports them, and the
            // Discovery findings (probable personal data, GDPR005 and the opt-in rules) as notes.
            Assert.Equal(7, results.Count(result => result.GetProperty("ruleId").GetString() == "GDPR001" && result.GetProperty("level").GetString() == "warning"));
            Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "GDPR002"
                && result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "SupportDb.cs");
            Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "GDPR005" && result.GetProperty("level").GetString() == "note");
        }

        [Fact]
        public void ScanAndRecord_NoProjectCompiles_ExitTwo_SayTheAnalysisIsIncomplete_AndWriteNoRecord()
        {
            // As on a machine where restore failed: the code's types do not bind, so a clean result would be no result.
            using var sample = new SampleCopy();
            string unbound = sample.AddProject("Unbound", """
                using Newtonsoft.Json.Linq;

                public sealed class Customer
                {
                    public string Email { get; set; } = "";

                    public JObject Profile { get; set; } = new JObject();
                }
                """);
            string output = Path.Combine(sample.Folder, "privacy");

            ToolRun scan = sample.Run("scan", unbound);
            ToolRun record = sample.Run("record", unbound, "--output", output, "--no-restore");

            Assert.True(scan.ExitCode == 2, scan.ToString());
            Assert.Contains("Analysis incomplete", scan.Output);
            Assert.Contains("Unbound has", scan.Output);
            Assert.True(record.ExitCode == 2, record.ToString());
            Assert.Contains("no record written", record.Output);
            Assert.False(Directory.Exists(output), "No record is written for code that does not compile.");

            ToolRun accepted = sample.Run("record", unbound, "--output", output, "--no-restore", "--allow-incomplete");
            Assert.True(accepted.ExitCode == 0, accepted.ToString());
            Assert.True(File.Exists(Path.Combine(output, "record.json")), accepted.ToString());
        }

        [Fact]
        public void Scan_OnlyInfoFindings_ExitsZero_AndNothingLoadable_ExitsTwo()
        {
            using var sample = new SampleCopy();
            string small = sample.AddProject("Small", """
                namespace Small;

                public sealed class Customer
                {
                    public string Email { get; set; } = "";
                }
                """);
            string broken = Path.Combine(sample.Folder, "broken");
            Directory.CreateDirectory(broken);
            File.WriteAllText(Path.Combine(broken, "Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

            ToolRun infoOnly = sample.Run("scan", small);
            ToolRun nothing = sample.Run("scan", broken, "--no-restore");

            Assert.True(infoOnly.ExitCode == 0, infoOnly.ToString());
            Assert.Contains("GDPR005", infoOnly.Output);
            Assert.Contains("0 warning(s), 1 info finding(s)", infoOnly.Output);
            Assert.True(nothing.ExitCode == 2, nothing.ToString());
            Assert.Contains("Not analysed: Broken.csproj", nothing.Output);
        }
    }
}
