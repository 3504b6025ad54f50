using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Reporting
{
    /// <summary>One GdprAnalyzers diagnostic, where it sits: what the command-line tool's table, SARIF file and JSON
    /// show, and what the corpus runner records per run (its labelled sample and replay read these). Written on one line
    /// of a JSON file (<see cref="FindingListConverter"/>).</summary>
    public sealed record Finding
    {
        /// <summary>The rule id, e.g. <c>GDPR005</c>.</summary>
        public string Rule { get; init; } = "";

        /// <summary>The severity it was reported with after the project's settings: <c>error</c>, <c>warning</c> or
        /// <c>info</c>; empty where the host does not say (the corpus runner turns every rule into a warning).</summary>
        public string Severity { get; init; } = "";

        /// <summary>The corpus runner's mode of <c>gdpr.probable_personal_data_in_flows</c>: <c>off</c> or <c>on</c>; empty
        /// elsewhere.</summary>
        public string Mode { get; init; } = "";

        /// <summary>The corpus archive's name without <c>.tar.gz</c>, e.g. <c>btcpayserver</c>; empty elsewhere.</summary>
        public string Archive { get; init; } = "";

        /// <summary>The project it was found in (its name), for the command-line tool; empty elsewhere.</summary>
        public string Project { get; init; } = "";

        /// <summary>The file, relative to the folder scanned (for the corpus: the application's folder, the archive's top
        /// folder), with '/' separators; empty for a diagnostic outside source.</summary>
        public string Path { get; init; } = "";

        /// <summary>The line the diagnostic starts on, 1-based (0 outside source).</summary>
        public int Line { get; init; }

        /// <summary>The column it starts at, 1-based (0 outside source).</summary>
        public int Column { get; init; }

        /// <summary>The diagnostic's message.</summary>
        public string Message { get; init; } = "";

        /// <summary>Whether the finding is a warning or an error (what fails a scan; Info findings are proposals).</summary>
        [JsonIgnore]
        public bool IsWarningOrError => Severity is FindingSeverity.Warning or FindingSeverity.Error;

        /// <summary>GdprAnalyzers' diagnostics among <paramref name="diagnostics"/> as findings, with each file relative to
        /// <paramref name="folder"/>, in the order of path, line, column and rule. Hidden ones are left out.</summary>
        public static List<Finding> From(IEnumerable<Diagnostic> diagnostics, string folder, string project = "")
        {
            return diagnostics
                .Where(diagnostic => diagnostic.Id.StartsWith("GDPR", StringComparison.Ordinal) && diagnostic.Severity != DiagnosticSeverity.Hidden)
                .Select(diagnostic =>
                {
                    bool inSource = diagnostic.Location.IsInSource;
                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    return new Finding
                    {
                        Rule = diagnostic.Id,
                        Severity = FindingSeverity.Of(diagnostic.Severity),
                        Project = project,
                        Path = inSource ? RelativePath(folder, span.Path) : "",
                        Line = inSource ? span.StartLinePosition.Line + 1 : 0,
                        Column = inSource ? span.StartLinePosition.Character + 1 : 0,
                        Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
                    };
                })
                .OrderBy(finding => finding.Path, StringComparer.Ordinal)
                .ThenBy(finding => finding.Line)
                .ThenBy(finding => finding.Column)
                .ThenBy(finding => finding.Rule, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary><paramref name="path"/> relative to <paramref name="folder"/>, with '/' separators (the path itself
        /// when it is empty).</summary>
        public static string RelativePath(string folder, string path) =>
            path.Length == 0 ? path : System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/');
    }

    /// <summary>The severities a <see cref="Finding"/> names, as SARIF names its levels (<c>note</c> aside).</summary>
    public static class FindingSeverity
    {
        /// <summary>An error (a rule raised by the project's settings, e.g. the Strict preset).</summary>
        public const string Error = "error";

        /// <summary>A warning: what the rule reports where the flow is certain.</summary>
        public const string Warning = "warning";

        /// <summary>Info: a proposal (GDPR005, GDPR007, the opt-in rules).</summary>
        public const string Info = "info";

        /// <summary>The name of <paramref name="severity"/>.</summary>
        public static string Of(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => Error,
            DiagnosticSeverity.Warning => Warning,
            _ => Info,
        };
    }

    /// <summary>Counts of findings by rule, as the tables show them (<c>GDPR001 15, GDPR005 43</c>).</summary>
    public static class FindingCounts
    {
        /// <summary>The findings counted by rule id, in ordinal order.</summary>
        public static SortedDictionary<string, int> ByRule(IEnumerable<Finding> findings) =>
            new(findings.GroupBy(finding => finding.Rule, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal), StringComparer.Ordinal);

        /// <summary>GdprAnalyzers' rules among <paramref name="counts"/>, added up, in ordinal order: <c>GDPR001 15, GDPR005
        /// 43</c>; <c>none</c> when there are none.</summary>
        public static string Describe(IEnumerable<IReadOnlyDictionary<string, int>> counts)
        {
            var total = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> pair in counts.SelectMany(count => count).Where(pair => pair.Key.StartsWith("GDPR", StringComparison.Ordinal)))
            {
                total[pair.Key] = total.GetValueOrDefault(pair.Key) + pair.Value;
            }

            return total.Count == 0 ? "none" : string.Join(", ", total.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value:N0}")));
        }
    }

    /// <summary>Markdown table text shared by the reports.</summary>
    public static class Markdown
    {
        /// <summary><paramref name="text"/> made safe for one table cell: pipes escaped, line breaks as spaces.</summary>
        public static string Cell(string? text) =>
            (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

        /// <summary>A table: the header row, the alignment row (<c>---:</c> for the columns in <paramref name="rightAligned"/>)
        /// and one row per entry of <paramref name="rows"/>, each cell through <see cref="Cell"/>.</summary>
        public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] rightAligned)
        {
            var text = new System.Text.StringBuilder();
            text.Append("| ").Append(string.Join(" | ", headers.Select(Cell))).Append(" |\n");
            text.Append('|').Append(string.Join("|", headers.Select((_, index) => rightAligned.Contains(index) ? "---:" : "---"))).Append("|\n");
            foreach (IReadOnlyList<string> row in rows)
            {
                text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
            }

            return text.ToString();
        }
    }

    /// <summary>Writes a list of <see cref="Finding"/> one finding per line, even in an indented file (a corpus run records
    /// one to two thousand of them: indented, they would double the file), and reads it back. Empty optional values
    /// (<see cref="Finding.Severity"/>, <see cref="Finding.Mode"/>, <see cref="Finding.Archive"/>,
    /// <see cref="Finding.Project"/>) are left out.</summary>
    public sealed class FindingListConverter : JsonConverter<List<Finding>>
    {
        private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <inheritdoc/>
        public override List<Finding> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            var findings = new List<Finding>();
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return findings;
            }

            foreach (JsonElement element in document.RootElement.EnumerateArray())
            {
                string Text(string name) => element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
                int Number(string name) => element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
                findings.Add(new Finding
                {
                    Rule = Text(nameof(Finding.Rule)),
                    Severity = Text(nameof(Finding.Severity)),
                    Mode = Text(nameof(Finding.Mode)),
                    Archive = Text(nameof(Finding.Archive)),
                    Project = Text(nameof(Finding.Project)),
                    Path = Text(nameof(Finding.Path)),
                    Line = Number(nameof(Finding.Line)),
                    Column = Number(nameof(Finding.Column)),
                    Message = Text(nameof(Finding.Message)),
                });
            }

            return findings;
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, List<Finding> value, JsonSerializerOptions options)
        {
            // One line per finding in an indented file; none in a one-line protocol (the corpus runner's child processes).
            bool lines = writer.Options.Indented;
            using var buffer = new MemoryStream();
            buffer.WriteByte((byte)'[');
            for (int index = 0; index < value.Count; index++)
            {
                if (index > 0)
                {
                    buffer.WriteByte((byte)',');
                }

                if (lines)
                {
                    buffer.WriteByte((byte)'\n');
                }

                using var line = new Utf8JsonWriter(buffer, LineOptions);
                Finding finding = value[index];
                line.WriteStartObject();
                line.WriteString(nameof(Finding.Rule), finding.Rule);
                Optional(line, nameof(Finding.Severity), finding.Severity);
                Optional(line, nameof(Finding.Mode), finding.Mode);
                Optional(line, nameof(Finding.Archive), finding.Archive);
                Optional(line, nameof(Finding.Project), finding.Project);
                line.WriteString(nameof(Finding.Path), finding.Path);
                line.WriteNumber(nameof(Finding.Line), finding.Line);
                line.WriteNumber(nameof(Finding.Column), finding.Column);
                line.WriteString(nameof(Finding.Message), finding.Message);
                line.WriteEndObject();
                line.Flush();
            }

            if (lines && value.Count > 0)
            {
                buffer.WriteByte((byte)'\n');
            }

            buffer.WriteByte((byte)']');
            writer.WriteRawValue(buffer.ToArray(), skipInputValidation: true);
        }

        private static void Optional(Utf8JsonWriter writer, string name, string value)
        {
            if (value.Length > 0)
            {
                writer.WriteString(name, value);
            }
        }
    }
}
