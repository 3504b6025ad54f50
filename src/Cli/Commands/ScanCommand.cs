using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Cli.Analysis;
using GdprAnalyzers.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GdprAnalyzers.Cli.Commands
{
    /// <summary>The options of <c>gdpr scan</c>.</summary>
    public sealed class ScanSettings : RepositorySettings
    {
        /// <summary>Where to write the SARIF 2.1.0 log.</summary>
        [CommandOption("--sarif <FILE>")]
        [Description("Also write the findings as a SARIF 2.1.0 log, for code-scanning services.")]
        public string? Sarif { get; init; }

        /// <summary>Where to write the findings as JSON.</summary>
        [CommandOption("--json <FILE>")]
        [Description("Also write the findings as JSON (one finding per line).")]
        public string? Json { get; init; }
    }

    /// <summary>
    /// <c>gdpr scan PATH [--sarif FILE]</c>: GdprAnalyzers' findings as a table. A project that references the package is
    /// analysed with its own settings; one that does not, in Discovery mode (probable personal data followed too; its
    /// Info findings listed, not counted). Exit code 1 when a warning-level finding remains, 0 when none, 2 when nothing
    /// could be analysed (no project opened, or none compiled without errors).
    /// </summary>
    public sealed class ScanCommand : AsyncCommand<ScanSettings>
    {
        /// <inheritdoc/>
        public override async Task<int> ExecuteAsync(CommandContext context, ScanSettings settings, CancellationToken cancellationToken)
        {
            IAnsiConsole console = AnsiConsole.Console;
            RepositoryResult result;
            try
            {
                result = await RepositoryAnalysis.RunAsync(console, settings.Path, !settings.NoRestore, discovery: true, cancellationToken).ConfigureAwait(false);
            }
            catch (System.ArgumentException exception)
            {
                console.MarkupLine("[red]" + Markup.Escape(exception.Message) + "[/]");
                return ExitCodes.NothingAnalysed;
            }

            RepositoryAnalysis.PrintProblems(console, result);
            List<Finding> findings = result.Findings;
            if (settings.Sarif is { } sarif)
            {
                Write(sarif, SarifLog.Write(findings, result.Rules, ToolInfo.Name, ToolInfo.Version, ToolInfo.InformationUri, result.RootFolder));
            }

            if (settings.Json is { } json)
            {
                Write(json, FindingsJson(result, findings));
            }

            if (result.Projects.IsEmpty)
            {
                console.MarkupLine("[red]Nothing could be analysed.[/]");
                return ExitCodes.NothingAnalysed;
            }

            Print(console, result, findings);
            if (result.Incomplete && !settings.AllowIncomplete)
            {
                return ExitCodes.NothingAnalysed; // Said by PrintProblems: a clean result of code that does not bind is no result.
            }

            return findings.Any(finding => finding.IsWarningOrError) ? ExitCodes.Findings : ExitCodes.Clean;
        }

        /// <summary>The findings table, the projects and the summary line.</summary>
        private static void Print(IAnsiConsole console, RepositoryResult result, List<Finding> findings)
        {
            if (findings.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Rule", "Severity", "Where", "Message");
                foreach (Finding finding in findings.OrderBy(finding => finding.IsWarningOrError ? 0 : 1).ThenBy(finding => finding.Path, System.StringComparer.Ordinal).ThenBy(finding => finding.Line))
                {
                    string colour = finding.IsWarningOrError ? "yellow" : "grey";
                    table.AddRow(
                        new Markup($"[{colour}]{finding.Rule}[/]"),
                        new Markup($"[{colour}]{finding.Severity}[/]"),
                        new Text($"{finding.Path}:{finding.Line}"),
                        new Text(finding.Message));
                }

                console.Write(table);
            }

            foreach (ProjectAnalysis project in result.Projects)
            {
                console.MarkupLine(Markup.Escape($"{project.Project.Name} ({project.Mode}): {FindingCounts.Describe(new[] { FindingCounts.ByRule(project.Findings) })}"));
            }

            int warnings = findings.Count(finding => finding.IsWarningOrError);
            console.MarkupLine(Markup.Escape(
                $"{result.Projects.Length} project(s) analysed, {result.Failures.Length} not; {warnings} warning(s), {findings.Count - warnings} info finding(s) in {result.Elapsed.TotalSeconds:0.0} s."));
        }

        private static string FindingsJson(RepositoryResult result, List<Finding> findings)
        {
            var document = new FindingsDocument
            {
                Tool = ToolInfo.Name + " " + ToolInfo.Version,
                Projects = result.Projects.Select(project => new ProjectSummary { Project = project.Project.Name, Mode = project.Mode, CompileErrors = project.CompileErrors, Findings = FindingCounts.ByRule(project.Findings) }).ToList(),
                Failures = result.Failures.Select(failure => new FailureSummary { Project = failure.Project, Reason = failure.Reason }).ToList(),
                Findings = findings,
            };
            return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        private static void Write(string path, string text)
        {
            string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder != null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text);
        }

        /// <summary>The JSON of <c>--json</c>.</summary>
        private sealed class FindingsDocument
        {
            public string Tool { get; init; } = "";

            public List<ProjectSummary> Projects { get; init; } = new();

            public List<FailureSummary> Failures { get; init; } = new();

            [System.Text.Json.Serialization.JsonConverter(typeof(FindingListConverter))]
            public List<Finding> Findings { get; init; } = new();
        }

        private sealed class ProjectSummary
        {
            public string Project { get; init; } = "";

            public string Mode { get; init; } = "";

            public int CompileErrors { get; init; }

            public SortedDictionary<string, int> Findings { get; init; } = new();
        }

        private sealed class FailureSummary
        {
            public string Project { get; init; } = "";

            public string Reason { get; init; } = "";
        }
    }
}
