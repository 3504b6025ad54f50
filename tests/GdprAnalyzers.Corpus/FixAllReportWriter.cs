using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GdprAnalyzers.Corpus
{
    /// <summary>The Markdown of a <c>--fix-all</c> run: per application and rule, per application, then every error a fix
    /// added, every finding a fix left while still offering to fix it, and every failure.</summary>
    public static class FixAllReportWriter
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>Renders <paramref name="report"/>.</summary>
        public static string Render(FixAllReport report)
        {
            var text = new StringBuilder();
            text.AppendLine("# Fix All over the corpus");
            text.AppendLine();
            foreach (KeyValuePair<string, string> pair in report.Environment)
            {
                text.AppendLine($"- {pair.Key}: {pair.Value}");
            }

            text.AppendLine(string.Create(Invariant, $"- Elapsed: {report.ElapsedSeconds / 60:0.0} minutes"));
            text.AppendLine(CorpusFixAll.IsClean(report)
                ? "- Result: **clean**: no fix added a compile error, threw, or left a finding it still offers to fix."
                : "- Result: **not clean** (see below).");
            text.AppendLine();

            text.AppendLine("## Per application and rule");
            text.AppendLine();
            text.AppendLine("Alone: each rule's Fix All from the original sources, as `dotnet format analyzers --diagnostics ID --severity info` would apply it; chain: every rule in turn, each on what the ones before it left. Findings before: at the start. At its turn: when the rule's Fix All ran in pass 1 (an earlier rule's fix may add or remove some). Left: findings that were there before the rule's Fix All and are still there right after it, by what the provider offers for them (same action: a fix that does not fix). Added: findings of the rule that its own fix added (a declaration makes more data personal data), with those the same action is offered for. Pass 2 applies the same action again where it is still offered (a second `dotnet format` run). Still offered at the end: findings the applied action is still offered for after both passes. New compile errors: counted per file, id and message, lines ignored, over both passes.");
            text.AppendLine();
            text.AppendLine("| Application | Sequence | Mode | Rule | Action applied (dotnet format applies it) | Projects | Findings before | At its turn | Fixed in pass 1 | Left: same action | Left: other action | Left: none offered | Added (same action) | Fixed in pass 2 | Still offered at the end | Findings at the end | New compile errors | Errors removed | Fix exceptions |");
            text.AppendLine("|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|");
            foreach (IGrouping<(string Application, string Sequence, string Mode), FixAllProjectResult> group in Groups(report))
            {
                IEnumerable<string> ids = group.SelectMany(p => p.FindingsBefore.Keys.Concat(p.Rules.Select(r => r.Id)).Concat(p.FindingsAfter.Keys)).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal);
                foreach (string id in ids)
                {
                    List<FixAllRuleResult> rules = group.SelectMany(p => p.Rules).Where(r => r.Id == id).ToList();
                    List<FixAllRuleResult> first = rules.Where(r => r.Pass == 1).ToList();
                    List<FixAllRuleResult> second = rules.Where(r => r.Pass == 2).ToList();
                    string keys = string.Join(", ", rules.GroupBy(r => (r.EquivalenceKey ?? "none offered") + (r.DotnetFormatApplies ? " (yes)" : " (no: IDE only)"), StringComparer.Ordinal).Select(g => g.Key));
                    int before = group.Sum(p => p.FindingsBefore.GetValueOrDefault(id));
                    int end = group.Key.Sequence == CorpusFixAll.Chain
                        ? group.Sum(p => p.FindingsAfter.GetValueOrDefault(id))
                        : group.Sum(p => p.Rules.LastOrDefault(r => r.Id == id)?.After ?? p.FindingsBefore.GetValueOrDefault(id));
                    string action = keys.Length > 0 ? keys
                        : report.FixableIds.Contains(id) ? "not run (no finding at its turn)"
                        : "no fix";
                    text.AppendLine(string.Create(Invariant,
                        $"| {group.Key.Application} | {group.Key.Sequence} | {group.Key.Mode} | {id} | {action} | {group.Count(p => p.FindingsBefore.ContainsKey(id) || p.Rules.Any(r => r.Id == id))} | {before} | {first.Sum(r => r.AtTurn)} | {first.Sum(Fixed)} | {Bold(first.Sum(r => r.LeftSameAction))}{(first.Sum(r => r.LeftSameActionElsewhere) > 0 ? string.Create(Invariant, $" ({first.Sum(r => r.LeftSameActionElsewhere)} in another document)") : "")} | {first.Sum(r => r.LeftOtherAction)} | {first.Sum(r => r.LeftNotOffered)} | {first.Sum(r => r.NewFindings)} ({first.Sum(r => r.NewFindingsSameAction)}) | {second.Sum(Fixed)} | {Bold(group.Sum(p => p.FixableAtEnd.GetValueOrDefault(id)))} | {end} | {Bold(rules.Sum(r => r.NewErrors))} | {rules.Sum(r => r.RemovedErrors)} | {Bold(rules.Count(r => r.Exception != null))} |"));
                }
            }

            text.AppendLine();
            text.AppendLine("## Per application");
            text.AppendLine();
            text.AppendLine("Compile errors and findings after: at the end of the chain (alone: each rule's own are in the table above). New compile errors: over every Fix All of the sequence.");
            text.AppendLine();
            text.AppendLine("| Application | Sequence | Mode | Projects (ok / timed out / failed) | Projects with findings | Compile errors before → after | New compile errors | GDPR findings before → after | Still offered at the end | Analyses | Time (s) |");
            text.AppendLine("|---|---|---|---|---:|---|---:|---|---:|---:|---:|");
            foreach (IGrouping<(string Application, string Sequence, string Mode), FixAllProjectResult> group in Groups(report))
            {
                bool chain = group.Key.Sequence == CorpusFixAll.Chain;
                string errors = chain ? string.Create(Invariant, $"{group.Sum(p => p.ErrorsBefore):N0} → {group.Sum(p => p.ErrorsAfter):N0}") : string.Create(Invariant, $"{group.Sum(p => p.ErrorsBefore):N0}");
                string findings = chain ? string.Create(Invariant, $"{group.Sum(p => p.FindingsBefore.Values.Sum()):N0} → {group.Sum(p => p.FindingsAfter.Values.Sum()):N0}") : string.Create(Invariant, $"{group.Sum(p => p.FindingsBefore.Values.Sum()):N0}");
                text.AppendLine(string.Create(Invariant,
                    $"| {group.Key.Application} | {group.Key.Sequence} | {group.Key.Mode} | {group.Count()} ({group.Count(p => p.Status == RunStatus.Ok)} / {group.Count(p => p.Status == RunStatus.TimedOut)} / {group.Count(p => p.Status == RunStatus.Failed)}) | {group.Count(p => p.FindingsBefore.Count > 0)} | {errors} | {Bold(group.Sum(p => p.Rules.Sum(r => r.NewErrors)))} | {findings} | {Bold(group.Sum(p => p.FixableAtEnd.Values.Sum()))} | {group.Sum(p => p.Analyses)} | {group.Sum(p => p.Seconds):0} |"));
            }

            List<(FixAllProjectResult Project, FixAllRuleResult Rule)> steps = report.Projects.SelectMany(p => p.Rules.Select(r => (p, r))).ToList();
            Section(text, "Compile errors a fix added (first five per project, mode and rule)", steps.Where(s => s.Rule.NewErrors > 0).SelectMany(s =>
                new[] { string.Create(Invariant, $"- {s.Project.Application} `{s.Project.Project}` [{s.Project.Mode}, {s.Project.Sequence}] {s.Rule.Id} (`{s.Rule.EquivalenceKey}`): {s.Rule.NewErrors} new") }
                    .Concat(s.Rule.NewErrorSamples.Select(e => $"  - `{e.Location}`: {e.Id} {e.Message} — `{e.Line.Replace("`", "'", StringComparison.Ordinal)}`"))));
            Section(text, "Findings a fix left although it still offers the same action (first five per project, mode, rule and pass)", steps.Where(s => s.Rule.LeftSameAction > 0).SelectMany(s =>
                new[] { string.Create(Invariant, $"- {s.Project.Application} `{s.Project.Project}` [{s.Project.Mode}, {s.Project.Sequence}] {s.Rule.Id} pass {s.Rule.Pass} (`{s.Rule.EquivalenceKey}`): {s.Rule.LeftSameAction} of {s.Rule.AtTurn}") }
                    .Concat(s.Rule.LeftSamples.Select(sample => $"  - {sample}"))));
            Section(text, "Findings a fix added that the same action is offered for (first five per project, mode, rule and pass)", steps.Where(s => s.Rule.NewFindingsSameAction > 0).SelectMany(s =>
                new[] { string.Create(Invariant, $"- {s.Project.Application} `{s.Project.Project}` [{s.Project.Mode}, {s.Project.Sequence}] {s.Rule.Id} pass {s.Rule.Pass} (`{s.Rule.EquivalenceKey}`): {s.Rule.NewFindingsSameAction} added") }
                    .Concat(s.Rule.NewFindingSamples.Select(sample => $"  - {sample}"))));
            Section(text, "Fixes that threw", steps.Where(s => s.Rule.Exception != null).Select(s => $"- {s.Project.Application} `{s.Project.Project}` [{s.Project.Mode}, {s.Project.Sequence}] {s.Rule.Id}: {s.Rule.Exception}"));
            Section(text, "Projects that did not finish, analyzer exceptions", report.Projects.Where(p => p.Status != RunStatus.Ok || p.AnalyzerExceptions.Count > 0)
                .Select(p => $"- {p.Application} `{p.Project}` [{p.Mode}, {p.Sequence}]: {p.Status}{(p.Failure is null ? "" : ": " + p.Failure)}{(p.AnalyzerExceptions.Count > 0 ? "; " + string.Join("; ", p.AnalyzerExceptions) : "")}"));
            return text.ToString();
        }

        private static IEnumerable<IGrouping<(string Application, string Sequence, string Mode), FixAllProjectResult>> Groups(FixAllReport report) =>
            report.Projects
                .GroupBy(p => (p.Application, p.Sequence, p.Mode))
                .OrderBy(g => g.Key.Application, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.Sequence, StringComparer.Ordinal).ThenBy(g => g.Key.Mode, StringComparer.Ordinal);

        private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
        {
            List<string> list = lines.ToList();
            text.AppendLine();
            text.AppendLine("## " + title);
            text.AppendLine();
            if (list.Count == 0)
            {
                text.AppendLine("None.");
                return;
            }

            foreach (string line in list)
            {
                text.AppendLine(line);
            }
        }

        private static int Fixed(FixAllRuleResult rule) => Math.Max(0, rule.AtTurn - (rule.After - rule.NewFindings));

        private static string Bold(int count) => count > 0 ? string.Create(Invariant, $"**{count}**") : "0";
    }
}
