using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus
{
    /// <summary>One rule's rows in a replay.</summary>
    public sealed record ReplayCounts
    {
        /// <summary>The rule id.</summary>
        public string Rule { get; init; } = "";

        /// <summary>Labelled rows of the rule.</summary>
        public int Rows { get; init; }

        /// <summary>Rows labelled <c>true</c>.</summary>
        public int True { get; init; }

        /// <summary>Rows labelled <c>true</c> that were not reported (a failure).</summary>
        public int TrueMissing { get; init; }

        /// <summary>Rows labelled <c>false-fixed</c>.</summary>
        public int FalseFixed { get; init; }

        /// <summary>Rows labelled <c>false-fixed</c> that were reported again (a failure).</summary>
        public int FalseFixedReported { get; init; }

        /// <summary>Rows labelled <c>false-accepted</c>.</summary>
        public int FalseAccepted { get; init; }

        /// <summary>Rows labelled <c>false-accepted</c> whose project was analysed and that were not reported (to flip to
        /// <c>false-fixed</c>).</summary>
        public int FalseAcceptedSilent { get; init; }

        /// <summary>Below this many rows a rule's precision is not given.</summary>
        public const int MinimumRows = 10;

        /// <summary>true / (true + false-accepted + false-fixed reported again); null below <see cref="MinimumRows"/>.</summary>
        public double? Precision
        {
            get
            {
                int denominator = True + FalseAccepted + FalseFixedReported;
                return Rows < MinimumRows || denominator == 0 ? null : (double)True / denominator;
            }
        }

        /// <summary>The precision as the tables show it.</summary>
        public string PrecisionText => Precision is { } precision ? precision.ToString("0.00", CultureInfo.InvariantCulture) : "too few to measure";
    }

    /// <summary>
    /// Replays a labels file (<c>--replay FILE [--precision FILE]</c>): runs GdprAnalyzers alone, one pass, on the
    /// projects that hold its labelled rows, in the modes their rules are sampled from (<see cref="CorpusSample.ModeOf"/>),
    /// and checks every <c>true</c> row is still reported (same rule, path and line) and every <c>false-fixed</c> row is
    /// not; <c>false-accepted</c> rows are counted. Exit code 1 when a check fails or a project did not finish.
    /// </summary>
    public static class CorpusReplay
    {
        /// <summary>The opt-in rule (GDPR101-104, GDPR106) that each annotated rule (GDPR001-004, GDPR013) stands in for.</summary>
        private static readonly Dictionary<string, string> AnnotatedTwin = new(StringComparer.Ordinal)
        {
            ["GDPR001"] = "GDPR101",
            ["GDPR002"] = "GDPR102",
            ["GDPR003"] = "GDPR103",
            ["GDPR004"] = "GDPR104",
            ["GDPR013"] = "GDPR106",
        };

        /// <summary>Runs the replay; returns the exit code.</summary>
        public static async Task<int> RunAsync(string labelsPath, string? precisionPath, CorpusOptions options, TextWriter log, CancellationToken cancellationToken = default)
        {
            var clock = Stopwatch.StartNew();
            List<LabelRow> all = LabelsFile.Read(labelsPath);
            List<LabelRow> rows = all.Where(row => row.Status != LabelStatus.Unlabelled).ToList();
            log.WriteLine($"{labelsPath}: {all.Count} rows, {rows.Count} labelled{(all.Count > rows.Count ? $" ({all.Count - rows.Count} unlabelled rows skipped)" : "")}.");
            if (!Directory.Exists(options.CorpusFolder))
            {
                throw new DirectoryNotFoundException($"The corpus folder '{options.CorpusFolder}' does not exist (give --corpus PATH).");
            }

            var reported = new HashSet<(string Archive, string Path, int Line, string Rule)>();
            var problems = new List<string>();
            var notAnalysed = new HashSet<(string, string, int, string)>();
            string temp = Path.Combine(Path.GetTempPath(), $"gdpr-replay-{Environment.ProcessId}");
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                foreach (IGrouping<string, LabelRow> archiveRows in rows.GroupBy(row => row.Archive, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
                {
                    string archive = Path.Combine(options.CorpusFolder, archiveRows.Key + ".tar.gz");
                    if (!File.Exists(archive))
                    {
                        problems.Add($"{archiveRows.Key}: no archive '{archive}'");
                        notAnalysed.UnionWith(archiveRows.Select(row => row.Key));
                        continue;
                    }

                    string folder = CorpusRunner.Extract(archive, Path.Combine(temp, archiveRows.Key));
                    ImmutableArray<CorpusProject> projects = CorpusProject.Discover(folder);
                    var projectOf = new Dictionary<string, CorpusProject>(StringComparer.Ordinal);
                    foreach (CorpusProject project in projects)
                    {
                        foreach (string file in project.Files)
                        {
                            projectOf.TryAdd(Path.GetRelativePath(folder, file).Replace('\\', '/'), project);
                        }
                    }

                    // The modes each project needs; one child process for the archive, each project in its modes.
                    var modes = new Dictionary<CorpusProject, SortedSet<string>>();
                    foreach (LabelRow row in archiveRows)
                    {
                        if (!projectOf.TryGetValue(row.Path, out CorpusProject? project))
                        {
                            problems.Add($"{row.Archive} {row.Path}:{row.Line} {row.Rule}: the file belongs to no project of the archive");
                            notAnalysed.Add(row.Key);
                            continue;
                        }

                        if (!modes.TryGetValue(project, out SortedSet<string>? set))
                        {
                            modes[project] = set = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        set.Add(CorpusSample.ModeOf(row.Rule));
                    }

                    log.WriteLine($"{archiveRows.Key}: {archiveRows.Count()} rows in {modes.Count} projects");
                    List<CorpusProject> selected = modes.Keys.OrderBy(project => project.RelativePath, StringComparer.Ordinal).ToList();
                    Dictionary<string, IReadOnlyList<string>> modesByProject = selected.ToDictionary(
                        project => project.RelativePath,
                        project => (IReadOnlyList<string>)modes[project].ToList(),
                        StringComparer.Ordinal);
                    CorpusOptions replayOptions = options with
                    {
                        Analysis = options.Analysis with { Passes = 1, GdprOnly = true, CompileStep = false, Members = false },
                    };
                    List<ProjectResult> results = await CorpusRunner.RunChildrenAsync(archiveRows.Key, folder, selected, replayOptions, environment, log, cancellationToken, modesByProject).ConfigureAwait(false);
                    foreach (ProjectResult result in results)
                    {
                        if (result.Status != RunStatus.Ok)
                        {
                            problems.Add($"{archiveRows.Key} {result.Project}: {result.Status}{(result.Failure is null ? "" : ": " + result.Failure)}");
                        }

                        foreach (ModeResult mode in result.Modes.Where(mode => mode.Status == RunStatus.Ok))
                        {
                            reported.UnionWith(mode.Details
                                .Where(finding => CorpusSample.ModeOf(finding.Rule) == mode.Mode)
                                .Select(finding => (finding.Archive, finding.Path, finding.Line, finding.Rule)));

                            // An opt-in finding (GDPR101-104) that the annotated rule (GDPR001-004) now reports on the same
                            // line in the same mode counts as still reported: the opt-in rule leaves annotated data to it.
                            reported.UnionWith(mode.Details
                                .Where(finding => mode.Mode == "on" && AnnotatedTwin.ContainsKey(finding.Rule))
                                .Select(finding => (finding.Archive, finding.Path, finding.Line, AnnotatedTwin[finding.Rule])));
                        }
                    }

                    foreach (CorpusProject project in selected.Where(project => !results.Any(result => result.Project == project.RelativePath && result.Status == RunStatus.Ok)))
                    {
                        notAnalysed.UnionWith(archiveRows.Where(row => projectOf.GetValueOrDefault(row.Path) == project).Select(row => row.Key));
                    }

                    CorpusRunner.TryDelete(Path.Combine(temp, archiveRows.Key));
                }
            }
            finally
            {
                CorpusRunner.TryDelete(temp);
            }

            var lines = new List<string>();
            var counts = new List<ReplayCounts>();
            foreach (IGrouping<string, LabelRow> rule in rows.GroupBy(row => row.Rule, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                var c = new ReplayCounts { Rule = rule.Key, Rows = rule.Count() };
                foreach (LabelRow row in rule)
                {
                    bool isReported = reported.Contains(row.Key) && !notAnalysed.Contains(row.Key);
                    string place = $"{row.Archive} {row.Path}:{row.Line} {row.Rule}";
                    switch (row.Status)
                    {
                        case LabelStatus.True:
                            c = c with { True = c.True + 1, TrueMissing = c.TrueMissing + (isReported ? 0 : 1) };
                            if (!isReported)
                            {
                                lines.Add($"MISSING  {place}: labelled true, no longer reported{(notAnalysed.Contains(row.Key) ? " (its project was not analysed)" : "")}");
                            }

                            break;
                        case LabelStatus.FalseFixed:
                            c = c with { FalseFixed = c.FalseFixed + 1, FalseFixedReported = c.FalseFixedReported + (isReported ? 1 : 0) };
                            if (isReported)
                            {
                                lines.Add($"BACK     {place}: labelled false-fixed, reported again ({row.Reason})");
                            }

                            break;
                        case LabelStatus.FalseAccepted:
                            bool silent = !isReported && !notAnalysed.Contains(row.Key);
                            c = c with { FalseAccepted = c.FalseAccepted + 1, FalseAcceptedSilent = c.FalseAcceptedSilent + (silent ? 1 : 0) };
                            if (silent)
                            {
                                lines.Add($"SILENT   {place}: labelled false-accepted, no longer reported: flip it to false-fixed ({row.Reason})");
                            }

                            break;
                    }
                }

                counts.Add(c);
            }

            log.WriteLine();
            log.WriteLine(RenderReplay(counts));
            foreach (string problem in problems)
            {
                log.WriteLine("PROBLEM  " + problem);
            }

            foreach (string line in lines)
            {
                log.WriteLine(line);
            }

            if (precisionPath != null)
            {
                await File.WriteAllTextAsync(precisionPath, RenderPrecision(counts, Path.GetFileName(labelsPath)), cancellationToken).ConfigureAwait(false);
                log.WriteLine($"Precision table written to {Path.GetFullPath(precisionPath)}.");
            }

            bool failed = counts.Any(c => c.TrueMissing > 0 || c.FalseFixedReported > 0) || problems.Count > 0;
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Replay {(failed ? "FAILED" : "passed")}: {counts.Sum(c => c.TrueMissing)} true rows missing, {counts.Sum(c => c.FalseFixedReported)} fixed false rows back, {problems.Count} problems; {counts.Sum(c => c.FalseAcceptedSilent)} accepted false rows now silent; {clock.Elapsed.TotalSeconds:0} s."));
            return failed ? 1 : 0;
        }

        /// <summary>The replay's table: per rule, the rows by label and what became of them.</summary>
        public static string RenderReplay(IReadOnlyList<ReplayCounts> counts)
        {
            var text = new StringBuilder();
            text.AppendLine("| Rule | Rows | True (missing) | False-fixed (silent / reported again) | False-accepted (still reported / silent) | Precision |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (ReplayCounts c in counts.Append(Total(counts)))
            {
                text.AppendLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {c.Rule} | {c.Rows} | {c.True} ({c.TrueMissing}) | {c.FalseFixed} ({c.FalseFixed - c.FalseFixedReported} / {c.FalseFixedReported}) | {c.FalseAccepted} ({c.FalseAccepted - c.FalseAcceptedSilent} / {c.FalseAcceptedSilent}) | {c.PrecisionText} |"));
            }

            return text.ToString();
        }

        /// <summary>The per-rule precision on the sample, as a Markdown table for the README.</summary>
        public static string RenderPrecision(IReadOnlyList<ReplayCounts> counts, string labelsName)
        {
            var text = new StringBuilder();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Precision on the labelled sample `{labelsName}` ({counts.Sum(c => c.Rows)} findings): true / (true + false-accepted + false-fixed reported again); \"too few to measure\" below {ReplayCounts.MinimumRows} rows."));
            text.AppendLine();
            text.AppendLine("| Rule | Sampled findings | True | False, accepted | False, fixed | Precision |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (ReplayCounts c in counts.Append(Total(counts)))
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Rule} | {c.Rows} | {c.True} | {c.FalseAccepted} | {c.FalseFixed} | {c.PrecisionText} |"));
            }

            return text.ToString();
        }

        private static ReplayCounts Total(IReadOnlyList<ReplayCounts> counts) => new()
        {
            Rule = "**All**",
            Rows = counts.Sum(c => c.Rows),
            True = counts.Sum(c => c.True),
            TrueMissing = counts.Sum(c => c.TrueMissing),
            FalseFixed = counts.Sum(c => c.FalseFixed),
            FalseFixedReported = counts.Sum(c => c.FalseFixedReported),
            FalseAccepted = counts.Sum(c => c.FalseAccepted),
            FalseAcceptedSilent = counts.Sum(c => c.FalseAcceptedSilent),
        };
    }
}
