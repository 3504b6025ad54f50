using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using GdprAnalyzers.Reporting;

namespace GdprAnalyzers.Corpus
{
    /// <summary>What a reviewer said of a sampled finding (the <c>status</c> column of a labels file).</summary>
    public static class LabelStatus
    {
        /// <summary>Not labelled yet (an empty cell): the replay skips the row.</summary>
        public const string Unlabelled = "";

        /// <summary>A right finding: the replay requires it to be still reported.</summary>
        public const string True = "true";

        /// <summary>A wrong finding that the analyzers no longer report: the replay requires it to stay silent.</summary>
        public const string FalseFixed = "false-fixed";

        /// <summary>A wrong finding still reported and accepted for now: the replay only counts it.</summary>
        public const string FalseAccepted = "false-accepted";

        /// <summary>Every status a row may have.</summary>
        public static ImmutableArray<string> All { get; } = ImmutableArray.Create(Unlabelled, True, FalseFixed, FalseAccepted);
    }

    /// <summary>One row of a labels file: a finding by archive, path, line and rule (no code, no message), and its label.</summary>
    public sealed record LabelRow
    {
        /// <summary>The archive's name without <c>.tar.gz</c>.</summary>
        public required string Archive { get; init; }

        /// <summary>The file relative to the application's folder, '/' separators (as <see cref="Finding.Path"/>).</summary>
        public required string Path { get; init; }

        /// <summary>The line, 1-based.</summary>
        public required int Line { get; init; }

        /// <summary>The rule id.</summary>
        public required string Rule { get; init; }

        /// <summary>One of <see cref="LabelStatus"/>.</summary>
        public string Status { get; init; } = LabelStatus.Unlabelled;

        /// <summary>Why, in one short line (for a false finding: the pattern).</summary>
        public string Reason { get; init; } = "";

        /// <summary>What identifies the row: archive, path, line and rule.</summary>
        public (string Archive, string Path, int Line, string Rule) Key => (Archive, Path, Line, Rule);
    }

    /// <summary>
    /// A labels file: tab-separated, UTF-8, a header <c>archive path line rule status reason</c>, one finding per line.
    /// It names findings by place only, never by code or message, so that no text of the corpus enters the repository.
    /// </summary>
    public static class LabelsFile
    {
        /// <summary>The header line.</summary>
        public const string Header = "archive\tpath\tline\trule\tstatus\treason";

        /// <summary>Reads a labels file; throws <see cref="FormatException"/> naming the line on a malformed row.</summary>
        public static List<LabelRow> Read(string path)
        {
            string[] lines = File.ReadAllLines(path);
            if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header)
            {
                throw new FormatException($"{path}:1: the first line must be the header '{Header.Replace("\t", "<tab>", StringComparison.Ordinal)}'.");
            }

            var rows = new List<LabelRow>();
            var seen = new HashSet<(string, string, int, string)>();
            for (int index = 1; index < lines.Length; index++)
            {
                string line = lines[index].TrimEnd('\r');
                if (line.Length == 0)
                {
                    continue;
                }

                string[] cells = line.Split('\t');
                if (cells.Length is < 4 or > 6)
                {
                    throw new FormatException($"{path}:{index + 1}: expected 6 tab-separated cells, found {cells.Length}.");
                }

                if (!int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out int lineNumber) || lineNumber < 1)
                {
                    throw new FormatException($"{path}:{index + 1}: the line '{cells[2]}' is not a positive number.");
                }

                string status = cells.Length > 4 ? cells[4].Trim() : "";
                if (!LabelStatus.All.Contains(status))
                {
                    throw new FormatException($"{path}:{index + 1}: unknown status '{status}' (empty, {LabelStatus.True}, {LabelStatus.FalseFixed} or {LabelStatus.FalseAccepted}).");
                }

                var row = new LabelRow
                {
                    Archive = cells[0].Trim(),
                    Path = cells[1].Trim(),
                    Line = lineNumber,
                    Rule = cells[3].Trim(),
                    Status = status,
                    Reason = cells.Length > 5 ? cells[5].Trim() : "",
                };
                if (!seen.Add(row.Key))
                {
                    throw new FormatException($"{path}:{index + 1}: the same finding ({row.Archive} {row.Path}:{row.Line} {row.Rule}) is listed twice.");
                }

                rows.Add(row);
            }

            return rows;
        }

        /// <summary>Writes <paramref name="rows"/> with the header (replacing the file).</summary>
        public static void Write(string path, IEnumerable<LabelRow> rows)
        {
            string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder != null)
            {
                Directory.CreateDirectory(folder);
            }

            var text = new StringBuilder(Header).Append('\n');
            foreach (LabelRow row in rows)
            {
                text.Append(Cell(row.Archive)).Append('\t')
                    .Append(Cell(row.Path)).Append('\t')
                    .Append(row.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(Cell(row.Rule)).Append('\t')
                    .Append(Cell(row.Status)).Append('\t')
                    .Append(Cell(row.Reason)).Append('\n');
            }

            File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
    }
}
