using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GdprAnalyzers.Cli.Tests
{
    /// <summary>
    /// <c>gdpr record</c> on a copy of the sample: its record against the expected one, the Markdown and the HTML page;
    /// <c>record --check</c> as a pull request's privacy review. The expected record is
    /// <c>Expected/SupportChatbot.record.json</c>, compared after leaving out what changes with every run or edit
    /// (locations, the tool's version, the source path); when the sample changes on purpose, write it again with
    /// <c>GDPR_UPDATE_EXPECTED=1 dotnet test tests/GdprAnalyzers.Cli.Tests</c> and review its diff.
    /// </summary>
    [Collection(SampleCollection.Name)]
    public sealed class RecordTests
    {
        private static readonly string ExpectedPath = Path.Combine(SampleCopy.RepositoryRoot, "tests", "GdprAnalyzers.Cli.Tests", "Expected", "SupportChatbot.record.json");

        private readonly SampleFixture fixture;

        public RecordTests(SampleFixture fixture)
        {
            this.fixture = fixture;
        }

        [Fact]
        public void Record_Sample_MatchesTheExpectedRecord_AndWritesMarkdownAndASelfContainedPage()
        {
            string output = Path.Combine(fixture.Sample.Folder, "record");

            ToolRun run = fixture.Run("record", fixture.Sample.Project, "--output", output);

            Assert.True(run.ExitCode == 0, run.ToString());
            string json = File.ReadAllText(Path.Combine(output, "record.json"));
            string actual = WithoutLocations(json);
            if (Environment.GetEnvironmentVariable("GDPR_UPDATE_EXPECTED") == "1")
            {
                File.WriteAllText(ExpectedPath, actual);
            }

            Assert.Equal(File.ReadAllText(ExpectedPath).ReplaceLineEndings("\n"), actual);

            string markdown = File.ReadAllText(Path.Combine(output, "record.md"));
            Assert.Contains("| (a) | Data protection officer | to be completed |", markdown);
            Assert.Contains("| CallbackRequest.Phone | SupportDb.Callbacks | processing purpose, lawful basis | SupportDb.cs:", markdown);
            Assert.Contains("| 2 years after the customer's last conversation (P2Y) |", markdown);
            Assert.Matches(@"\| erasure \| ConversationArchive\.EraseCustomer \| [^|]*Customer\.Email[^|]* \| CallbackRequest\.Phone \(GDPR016\) \| ConversationArchive\.cs:\d+ \|", markdown);
            Assert.Matches(@"\| Customer\.ContactNeeds \| SupportDb\.Customers \|[^\n]*\| GDPR014 \|", markdown);

            using JsonDocument record = JsonDocument.Parse(json);
            JsonElement[] items = record.RootElement.GetProperty("items").EnumerateArray().ToArray();
            JsonElement[] flows = record.RootElement.GetProperty("flows").EnumerateArray().ToArray();
            string html = File.ReadAllText(Path.Combine(output, "record.html"));
            int undeclaredSources = flows.Where(flow => !flow.TryGetProperty("item", out _)).Select(flow => flow.GetProperty("data").GetString()).Distinct().Count();
            int destinations = flows.Select(flow => flow.GetProperty("kind").GetString() + ":" + flow.GetProperty("destination").GetString()).Distinct().Count();
            Assert.Equal(items.Length + undeclaredSources, Regex.Matches(html, "data-node=\"item\"").Count);
            Assert.Equal(destinations, Regex.Matches(html, "data-node=\"(sink|recipient)\"").Count);
            Assert.Equal(flows.Length, Regex.Matches(html, "<path class=\"edge").Count);
            Assert.All(items, item => Assert.Contains("data-id=\"" + item.GetProperty("id").GetString() + "\"", html));

            // Self-contained: nothing is fetched from elsewhere.
            Assert.DoesNotMatch("(?i)<script|<link|<img|<iframe|@import|url\\(|src=|https?:", html);
        }

        [Fact]
        public void Check_FailsOnAChangedDeclaration_PassesAfterTheRecordIsWrittenAgain_AndAfterAnEditThatOnlyMovesLines()
        {
            using var sample = new SampleCopy();
            string committed = Path.Combine(sample.Folder, "privacy");
            ToolRun written = sample.Run("record", sample.Project, "--output", committed);
            Assert.True(written.ExitCode == 0, written.ToString());
            string recordJson = Path.Combine(committed, "record.json");

            sample.Edit("SupportBot.cs", "namespace SupportChatbot", "// A comment that moves every line below.\n\n\nnamespace SupportChatbot");
            sample.Edit("Models.cs", "namespace SupportChatbot", "// Moved.\n\nnamespace SupportChatbot");
            ToolRun moved = sample.Run("record", sample.Project, "--check", recordJson, "--no-restore");
            Assert.True(moved.ExitCode == 0, moved.ToString());
            Assert.Contains("is up to date", moved.Output);

            sample.Edit("Models.cs", "    [LawfulBasis(LawfulBasis.Contract)]\n    public sealed class Customer", "    [LawfulBasis(LawfulBasis.LegitimateInterests)]\n    public sealed class Customer");
            ToolRun changed = sample.Run("record", sample.Project, "--check", recordJson, "--no-restore");
            Assert.True(changed.ExitCode == 1, changed.ToString());
            // One change on the type: one line for its items and one for their stores, not one per item and store.
            Assert.Contains("changed lawful basis", changed.Output);
            Assert.True(Regex.IsMatch(changed.Output, @"Customer\.Name, Customer\.Email, [^│]*: Contract -> LegitimateInterests"), changed.ToString());
            Assert.Contains("Customer.Email -> SupportDb.Customers (storage), ", changed.Output);
            Assert.Contains("(storage): lawful basis: Contract -> LegitimateInterests", changed.Output);
            Assert.Contains("(2 difference(s))", changed.Output);

            ToolRun rewritten = sample.Run("record", sample.Project, "--output", committed, "--no-restore");
            Assert.True(rewritten.ExitCode == 0, rewritten.ToString());
            ToolRun updated = sample.Run("record", sample.Project, "--check", recordJson, "--no-restore");
            Assert.True(updated.ExitCode == 0, updated.ToString());
        }

        /// <summary>The record without what changes with every run or edit: locations, the tool's version, the source path.</summary>
        private static string WithoutLocations(string json)
        {
            JsonNode root = JsonNode.Parse(json)!;
            Strip(root);
            return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        }

        private static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (string key in new[] { "location", "locations", "generatedBy", "source" })
                    {
                        obj.Remove(key);
                    }

                    foreach (var pair in obj.ToList())
                    {
                        Strip(pair.Value);
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode? element in array)
                    {
                        Strip(element);
                    }

                    break;
            }
        }
    }
}
