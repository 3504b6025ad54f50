using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Cli.Analysis;
using GdprAnalyzers.Reporting;
using GdprAnalyzers.Reporting.Record;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GdprAnalyzers.Cli.Commands
{
    /// <summary>The options of <c>gdpr record</c>.</summary>
    public sealed class RecordSettings : RepositorySettings
    {
        /// <summary>Where to write the record.</summary>
        [CommandOption("-o|--output <DIR>")]
        [Description("The folder to write record.md, record.json and record.html into (default: the current folder; with --check, nothing is written unless this is given).")]
        public string? Output { get; init; }

        /// <summary>A committed record to compare with.</summary>
        [CommandOption("--check <RECORD_JSON>")]
        [Description("Compare the code's record with this committed record.json, ignoring file and line locations; exit code 1 and the differences when they differ.")]
        public string? Check { get; init; }
    }

    /// <summary>
    /// <c>gdpr record PATH [--output DIR]</c>: writes the record of processing activities derived from the code
    /// (<c>record.md</c>, <c>record.json</c>, <c>record.html</c>); <c>--check RECORD.json</c> compares it with a committed
    /// record instead and exits 1 on any difference (new personal data, a new recipient, a changed purpose or basis, a
    /// removed declaration, a new or removed flow).
    /// </summary>
    public sealed class RecordCommand : AsyncCommand<RecordSettings>
    {
        /// <summary>The file names written into the output folder.</summary>
        public static readonly IReadOnlyList<string> FileNames = new[] { "record.md", "record.json", "record.html" };

        /// <summary>What the record was made from, relative to the root folder; the folder's name when it is the root.</summary>
        private static string SourceName(string rootFolder, string path)
        {
            string relative = Finding.RelativePath(rootFolder, System.IO.Path.GetFullPath(path));
            return relative == "." ? System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(rootFolder)) : relative;
        }

        /// <inheritdoc/>
        public override async Task<int> ExecuteAsync(CommandContext context, RecordSettings settings, CancellationToken cancellationToken)
        {
            IAnsiConsole console = AnsiConsole.Console;
            ProcessingRecord? committed = null;
            if (settings.Check is { } check)
            {
                try
                {
                    committed = RecordJson.Read(File.ReadAllText(check));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
                {
                    console.MarkupLine("[red]" + Markup.Escape($"Cannot read the committed record '{check}': {exception.Message}") + "[/]");
                    return ExitCodes.NothingAnalysed;
                }
            }

            RepositoryResult result;
            try
            {
                result = await RepositoryAnalysis.RunAsync(console, settings.Path, !settings.NoRestore, discovery: false, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException exception)
            {
                console.MarkupLine("[red]" + Markup.Escape(exception.Message) + "[/]");
                return ExitCodes.NothingAnalysed;
            }

            RepositoryAnalysis.PrintProblems(console, result);
            if (result.Projects.IsEmpty || (result.Incomplete && !settings.AllowIncomplete))
            {
                console.MarkupLine("[red]Nothing could be analysed: no record written.[/]");
                return ExitCodes.NothingAnalysed;
            }

            ProcessingRecord record = RecordBuilder.Build(
                result.Projects.Select(project => new RecordInput(project.Project.Name, project.Outcome)).ToList(),
                result.RootFolder,
                SourceName(result.RootFolder, settings.Path),
                ToolInfo.Name + " " + ToolInfo.Version);

            if (settings.Output is { } || committed is null)
            {
                string folder = System.IO.Path.GetFullPath(settings.Output ?? ".");
                Directory.CreateDirectory(folder);
                File.WriteAllText(System.IO.Path.Combine(folder, "record.md"), RecordMarkdown.Write(record));
                File.WriteAllText(System.IO.Path.Combine(folder, "record.json"), RecordJson.Write(record));
                File.WriteAllText(System.IO.Path.Combine(folder, "record.html"), RecordHtml.Write(record));
                console.MarkupLine(Markup.Escape($"Wrote {string.Join(", ", FileNames)} to {folder}: {record.Items.Count} personal data item(s), {record.Flows.Count} flow(s), {record.Undeclared.Count} undeclared, from {result.Projects.Length} project(s) in {result.Elapsed.TotalSeconds:0.0} s."));
            }

            if (committed is null)
            {
                return ExitCodes.Clean;
            }

            List<RecordDifference> differences = RecordComparison.Compare(committed, record);
            if (differences.Count == 0)
            {
                console.MarkupLine(Markup.Escape($"The record '{settings.Check}' is up to date with the code ({record.Items.Count} items, {record.Flows.Count} flows; locations not compared)."));
                return ExitCodes.Clean;
            }

            console.MarkupLine("[red]" + Markup.Escape($"The code's record differs from '{settings.Check}' ({differences.Count} difference(s)); review them, then write the record again (gdpr record PATH --output FOLDER):") + "[/]");
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Change", "What");
            foreach (RecordDifference difference in differences)
            {
                table.AddRow(new Text(difference.Kind), new Text(difference.Description));
            }

            console.Write(table);
            return ExitCodes.Findings;
        }
    }
}
