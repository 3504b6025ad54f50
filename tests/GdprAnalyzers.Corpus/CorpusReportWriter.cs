using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GdprAnalyzers.Reporting;

namespace GdprAnalyzers.Corpus
{
    /// <summary>The corpus run's Markdown report: per application, per project, analyzer exceptions, crashes and
    /// time-outs, and the members that cost GdprAnalyzers most.</summary>
    public static class CorpusReportWriter
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>The report as Markdown.</summary>
        public static string Render(CorpusReport report, CorpusOptions options)
        {
            var text = new StringBuilder();
            text.AppendLine(options.Smoke ? "# GdprAnalyzers on real code (smoke run)" : "# GdprAnalyzers on real code");
            text.AppendLine();
            foreach (KeyValuePair<string, string> pair in report.Environment.OrderBy(pair => Order(pair.Key)))
            {
                Line(text, $"- {pair.Key}: {pair.Value}.");
            }

            Line(text, $"- The run took {report.ElapsedSeconds / 60:0.0} min.");
            text.AppendLine("- Times are Roslyn's per-analyzer telemetry of the last pass (`CompilationWithAnalyzers`, `logAnalyzerExecutionTime`), in seconds; GDPR: all GdprAnalyzers analyzers, their info rules (GDPR005, GDPR007, GDPR101-104) turned on as warnings; logging: NetAnalyzers' `LoggerMessageDefineAnalyzer` (CA1848, CA2254). Compile: binding and the compiler's diagnostics without analyzers. Peak memory: the process's peak resident set while compiling and analysing (per project: since the project started).");
            text.AppendLine("- Sources compile without restoring their NuGet packages (the references above; referenced projects as metadata): compile errors are expected and counted; the analyzers must still run, and never throw, hang or overflow the stack.");
            text.AppendLine();

            List<IGrouping<string, ProjectResult>> applications = report.Projects.GroupBy(project => project.Application, StringComparer.Ordinal).ToList();
            text.AppendLine("## Applications");
            text.AppendLine();
            text.AppendLine("| Application | Projects (ok / timed out / crashed) | Files | Lines | Compile errors | GDPR findings, option off | GDPR findings, option on | Analyzer exceptions (GdprAnalyzers / others) | GDPR s off / on | Logging s | GDPR ÷ logging | Compile s | Peak memory |");
            text.AppendLine("|---|---|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|");
            foreach (IGrouping<string, ProjectResult> application in applications)
            {
                List<ProjectResult> projects = application.ToList();
                double gdprOff = Sum(projects, "off", mode => mode.GdprSeconds);
                double logging = Sum(projects, "off", mode => mode.LoggingSeconds);
                Line(text, $"| {application.Key} | {projects.Count} ({Count(projects, RunStatus.Ok)} / {Count(projects, RunStatus.TimedOut)} / {Count(projects, RunStatus.Crashed) + Count(projects, RunStatus.Failed)}) | {projects.Sum(p => p.Files):N0} | {projects.Sum(p => p.Lines):N0} | {projects.Sum(p => p.CompileErrors):N0} | {Findings(projects, "off")} | {Findings(projects, "on")} | {Exceptions(projects)} | {Seconds(gdprOff)} / {Seconds(Sum(projects, "on", mode => mode.GdprSeconds))} | {Seconds(logging)} | {Ratio(gdprOff, logging)} | {Compile(projects)} | {MiB(projects.SelectMany(p => p.Modes).Select(m => m.PeakMemoryBytes).DefaultIfEmpty(0).Max())} |");
            }

            List<ProjectResult> all = report.Projects;
            double totalOff = Sum(all, "off", mode => mode.GdprSeconds);
            double totalLogging = Sum(all, "off", mode => mode.LoggingSeconds);
            Line(text, $"| **All** | {all.Count} ({Count(all, RunStatus.Ok)} / {Count(all, RunStatus.TimedOut)} / {Count(all, RunStatus.Crashed) + Count(all, RunStatus.Failed)}) | {all.Sum(p => p.Files):N0} | {all.Sum(p => p.Lines):N0} | {all.Sum(p => p.CompileErrors):N0} | {Findings(all, "off")} | {Findings(all, "on")} | {Exceptions(all)} | {Seconds(totalOff)} / {Seconds(Sum(all, "on", mode => mode.GdprSeconds))} | {Seconds(totalLogging)} | {Ratio(totalOff, totalLogging)} | {Compile(all)} | {MiB(all.SelectMany(p => p.Modes).Select(m => m.PeakMemoryBytes).DefaultIfEmpty(0).Max())} |");
            text.AppendLine();

            text.AppendLine("## Projects");
            text.AppendLine();
            text.AppendLine("| Application | Project | Status | Files | Lines | Compile errors (most frequent) | GDPR findings, off | GDPR findings, on | CA1848 | Exceptions | GDPR s off / on | Logging s | Compile s | Peak memory |");
            text.AppendLine("|---|---|---|---:|---:|---|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (ProjectResult p in all)
            {
                ModeResult? off = p.Modes.FirstOrDefault(mode => mode.Mode == "off");
                ModeResult? on = p.Modes.FirstOrDefault(mode => mode.Mode == "on");
                string errors = p.CompileErrorIds.Count == 0 ? p.CompileErrors.ToString("N0", Invariant) : $"{p.CompileErrors:N0} ({string.Join(", ", p.CompileErrorIds.OrderByDescending(pair => pair.Value).Take(3).Select(pair => $"{pair.Key} {pair.Value:N0}"))})";
                Line(text, $"| {p.Application} | {Cell(p.Project)} | {p.Status} | {p.Files:N0} | {p.Lines:N0} | {errors} | {(off is null ? "–" : Findings(new[] { p }, "off"))} | {(on is null ? "–" : Findings(new[] { p }, "on"))} | {(off?.Findings.GetValueOrDefault("CA1848") ?? 0):N0} | {p.Modes.SelectMany(m => m.Exceptions).Sum(e => e.Count):N0} | {(off is null ? "–" : Seconds(off.GdprSeconds))} / {(on is null ? "–" : Seconds(on.GdprSeconds))} | {(off is null ? "–" : Seconds(off.LoggingSeconds))} | {Compile(new[] { p })} | {MiB(p.Modes.Select(m => m.PeakMemoryBytes).DefaultIfEmpty(0).Max())} |");
            }

            text.AppendLine();
            RenderFailures(text, all);
            RenderExceptions(text, all);
            RenderMembers(text, applications);
            RenderFacts(text, applications);
            return text.ToString();
        }

        private static void RenderFailures(StringBuilder text, List<ProjectResult> all)
        {
            List<ProjectResult> failed = all.Where(project => project.Status != RunStatus.Ok).ToList();
            text.AppendLine("## Crashes and time-outs");
            text.AppendLine();
            if (failed.Count == 0)
            {
                text.AppendLine("None.");
                text.AppendLine();
                return;
            }

            // One entry per kind of failure: the same status and the same GdprAnalyzers frames (an overflow stops at
            // whichever frame runs out of stack), else the same output.
            foreach (IGrouping<string, ProjectResult> group in failed.GroupBy(Signature, StringComparer.Ordinal))
            {
                ProjectResult first = group.First();
                Line(text, $"- **{first.Status}**, {group.Count()} project{(group.Count() == 1 ? "" : "s")}:");
                foreach (ProjectResult project in group)
                {
                    Line(text, $"  - {project.Application} `{project.Project}`: {project.Failure}; modes finished: {(project.Modes.Count == 0 ? "none" : string.Join(", ", project.Modes.Select(mode => mode.Mode)))}{(LastMember(project) is { } member ? "; " + member : "")}.");
                }

                List<string> lines = first.LastErrorLines.Where(line => !line.StartsWith("last member ", StringComparison.Ordinal)).ToList();
                if (lines.Count > 0)
                {
                    text.AppendLine();
                    text.AppendLine("  ```text");
                    foreach (string line in lines.Take(30))
                    {
                        text.Append("  ").AppendLine(line);
                    }

                    text.AppendLine("  ```");
                }
            }

            text.AppendLine();
        }

        /// <summary>What makes two failures the same: the status and, for a recursion, the frame that repeats (an overflow
        /// stops at whichever frame runs out of stack); else the GdprAnalyzers frames; else the whole output.</summary>
        private static string Signature(ProjectResult project)
        {
            List<string> lines = project.LastErrorLines.Where(line => !line.StartsWith("last member ", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();
            int repeat = lines.FindIndex(line => line.StartsWith("(the line above", StringComparison.Ordinal));
            if (repeat > 0)
            {
                return project.Status + "\n" + lines[repeat - 1];
            }

            List<string> frames = lines.Where(line => line.StartsWith("at GdprAnalyzers.", StringComparison.Ordinal)).ToList();
            return project.Status + "\n" + string.Join("\n", frames.Count > 0 ? frames : lines);
        }

        /// <summary>The member being analysed when the project's process ended, if it is one of the project's.</summary>
        private static string? LastMember(ProjectResult project)
        {
            string folder = project.Project.Contains('/', StringComparison.Ordinal) ? project.Project[..(project.Project.LastIndexOf('/') + 1)] : "";
            return project.LastErrorLines.FirstOrDefault(line => line.StartsWith("last member " + folder, StringComparison.Ordinal));
        }

        private static void RenderExceptions(StringBuilder text, List<ProjectResult> all)
        {
            var failures = all
                .SelectMany(project => project.Modes.SelectMany(mode => mode.Exceptions.Select(failure => (Project: project, Mode: mode.Mode, Failure: failure))))
                .GroupBy(item => item.Failure.Analyzer + "|" + item.Failure.Exception + "|" + string.Join("|", item.Failure.Stack.Take(4)), StringComparer.Ordinal)
                .OrderByDescending(group => CorpusRunner.IsGdprFailure(group.First().Failure))
                .ThenByDescending(group => group.Sum(item => item.Failure.Count))
                .ToList();
            text.AppendLine("## Analyzer exceptions");
            text.AppendLine();
            if (failures.Count == 0)
            {
                text.AppendLine("None.");
                text.AppendLine();
                return;
            }

            foreach (var group in failures)
            {
                AnalyzerFailure first = group.First().Failure;
                string where = string.Join(", ", group.Select(item => $"{item.Project.Application} {item.Project.Project} ({item.Mode})").Distinct(StringComparer.Ordinal).Take(4));
                Line(text, $"- {first.Analyzer} ({first.Assembly}): `{first.Exception}`: {Cell(first.Message)}; {group.Sum(item => item.Failure.Count):N0} times, in {where}{(group.Select(item => item.Project.Project).Distinct().Count() > 4 ? " and more" : "")}.");
                text.AppendLine();
                text.AppendLine("  ```text");
                foreach (string line in first.Stack.Take(8))
                {
                    text.Append("  ").AppendLine(line.Trim());
                }

                text.AppendLine("  ```");
            }

            text.AppendLine();
        }

        private static void RenderFacts(StringBuilder text, List<IGrouping<string, ProjectResult>> applications)
        {
            List<string> keys = applications.SelectMany(application => application).SelectMany(project => project.Modes).SelectMany(mode => mode.Facts.Keys)
                .Distinct(StringComparer.Ordinal).OrderBy(key => key, StringComparer.Ordinal).ToList();
            if (keys.Count == 0)
            {
                return;
            }

            text.AppendLine("## Facts for the record of processing");
            text.AppendLine();
            text.AppendLine("What a host reads with `ProcessingFactsRecorder` and `PersonalDataInventory` (option off): facts by kind and the rules that report them (compliant: none), and the personal data items declared.");
            text.AppendLine();
            text.AppendLine("| Application | " + string.Join(" | ", keys) + " |");
            text.AppendLine("|---|" + string.Concat(keys.Select(_ => "---:|")));
            foreach (IGrouping<string, ProjectResult> application in applications)
            {
                List<ModeResult> modes = application.SelectMany(project => project.Modes).Where(mode => mode.Mode == "off").ToList();
                string counts = string.Join(" | ", keys.Select(key => modes.Sum(mode => mode.Facts.GetValueOrDefault(key)).ToString("N0", CultureInfo.InvariantCulture)));
                Line(text, $"| {application.Key} | {counts} |");
            }

            text.AppendLine();
        }

        private static void RenderMembers(StringBuilder text, List<IGrouping<string, ProjectResult>> applications)
        {
            if (!applications.SelectMany(application => application).SelectMany(project => project.Modes).Any(mode => mode.ExpensiveMembers.Count > 0))
            {
                return;
            }

            text.AppendLine("## Members that cost GdprAnalyzers most");
            text.AppendLine();
            text.AppendLine("GdprAnalyzers alone on each member declaration's span (`GetAnalyzerSemanticDiagnosticsAsync`), bodies bound beforehand; work shared by the compilation (callee summaries) is charged to the first member that needs it.");
            text.AppendLine();
            text.AppendLine("| Application | Option | Member | Location | s |");
            text.AppendLine("|---|---|---|---|---:|");
            foreach (IGrouping<string, ProjectResult> application in applications)
            {
                foreach (var item in application
                    .SelectMany(project => project.Modes.SelectMany(mode => mode.ExpensiveMembers.Select(member => (Mode: mode.Mode, Member: member))))
                    .OrderByDescending(item => item.Member.Seconds)
                    .Take(10))
                {
                    Line(text, $"| {application.Key} | {item.Mode} | {Cell(item.Member.Member)} | {Cell(item.Member.Location)} | {item.Member.Seconds:0.000} |");
                }
            }

            text.AppendLine();
        }

        private static int Order(string key) => key switch
        {
            "Machine" => 0,
            "Load average" => 1,
            "Host compiler" => 2,
            "Analyzers" => 3,
            "References" => 4,
            "Options" => 5,
            _ => 6,
        };

        private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(Invariant));

        private static int Count(IEnumerable<ProjectResult> projects, string status) => projects.Count(project => project.Status == status);

        private static double Sum(IEnumerable<ProjectResult> projects, string mode, Func<ModeResult, double> quantity) =>
            projects.SelectMany(project => project.Modes).Where(m => m.Mode == mode).Sum(quantity);

        private static string Findings(IEnumerable<ProjectResult> projects, string mode)
        {
            List<ModeResult> results = projects.SelectMany(project => project.Modes).Where(m => m.Mode == mode).ToList();
            return results.Count == 0 ? "–" : FindingCounts.Describe(results.Select(result => result.Findings));
        }

        private static string Exceptions(IEnumerable<ProjectResult> projects)
        {
            List<AnalyzerFailure> failures = projects.SelectMany(project => project.Modes).SelectMany(mode => mode.Exceptions).ToList();
            int gdpr = failures.Where(CorpusRunner.IsGdprFailure).Sum(failure => failure.Count);
            return string.Create(Invariant, $"{gdpr:N0} / {failures.Sum(failure => failure.Count) - gdpr:N0}");
        }

        private static string Compile(IEnumerable<ProjectResult> projects)
        {
            double seconds = projects.Sum(project => project.CompileSeconds);
            return seconds > 0 ? seconds.ToString("0.0", Invariant) : "–";
        }

        private static string Seconds(double seconds) => seconds.ToString("0.00", Invariant);

        private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("0.00", Invariant) : "–";

        private static string MiB(long bytes) => bytes <= 0 ? "–" : (bytes / 1048576.0).ToString("N0", Invariant) + " MiB";

        private static string Cell(string text) => Markdown.Cell(text);
    }
}
