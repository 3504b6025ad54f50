using System.Collections.Generic;

namespace GdprAnalyzers.Corpus
{
    /// <summary>A whole <c>--fix-all</c> run: how it was made, and every project and mode.</summary>
    public sealed record FixAllReport
    {
        /// <summary>The machine, the load, the host compiler, the options.</summary>
        public Dictionary<string, string> Environment { get; init; } = new();

        /// <summary>The diagnostic ids the code fix providers fix.</summary>
        public List<string> FixableIds { get; init; } = new();

        /// <summary>Every project, once per mode.</summary>
        public List<FixAllProjectResult> Projects { get; init; } = new();

        /// <summary>Wall time of the run (s).</summary>
        public double ElapsedSeconds { get; init; }
    }

    /// <summary>One project in one mode of <c>gdpr.probable_personal_data_in_flows</c>: the compiler's errors and
    /// GdprAnalyzers' findings before, each rule's Fix All in turn, and what is left at the end.</summary>
    public sealed record FixAllProjectResult
    {
        /// <summary>The archive's name.</summary>
        public string Application { get; init; } = "";

        /// <summary>The project file relative to the application's folder.</summary>
        public string Project { get; init; } = "";

        /// <summary><c>off</c> or <c>on</c>.</summary>
        public string Mode { get; init; } = "";

        /// <summary><c>alone</c>: each rule's Fix All from the original sources, as <c>dotnet format analyzers
        /// --diagnostics ID</c>; <c>chain</c>: every rule in turn, each on what the ones before it left.</summary>
        public string Sequence { get; init; } = "";

        /// <summary><see cref="RunStatus"/>: ok, timed out or failed.</summary>
        public string Status { get; init; } = RunStatus.Ok;

        /// <summary>What went wrong, for a project that did not finish.</summary>
        public string? Failure { get; init; }

        /// <summary>Compile errors (CS, severity error) before any fix.</summary>
        public int ErrorsBefore { get; init; }

        /// <summary>Compile errors after the last fix (chain; alone: as before).</summary>
        public int ErrorsAfter { get; init; }

        /// <summary>GdprAnalyzers' findings per rule before any fix.</summary>
        public SortedDictionary<string, int> FindingsBefore { get; init; } = new();

        /// <summary>GdprAnalyzers' findings per rule after the last fix (chain; alone: as before).</summary>
        public SortedDictionary<string, int> FindingsAfter { get; init; } = new();

        /// <summary>Per rule, the findings at the end for which the provider still offers the action its Fix All applied.</summary>
        public SortedDictionary<string, int> FixableAtEnd { get; init; } = new();

        /// <summary>Each rule whose Fix All ran, in the order they ran.</summary>
        public List<FixAllRuleResult> Rules { get; init; } = new();

        /// <summary>Analyzer exceptions (GdprAnalyzers), deduplicated by analyzer and message, over every analysis.</summary>
        public List<string> AnalyzerExceptions { get; init; } = new();

        /// <summary>Analyses (compile and GdprAnalyzers) made for this project and mode.</summary>
        public int Analyses { get; init; }

        /// <summary>Wall time of this project and mode, workspace, analyses and fixes (s).</summary>
        public double Seconds { get; init; }
    }

    /// <summary>One rule's Fix All at project scope on one project.</summary>
    public sealed record FixAllRuleResult
    {
        /// <summary>The diagnostic id fixed, e.g. <c>GDPR005</c>.</summary>
        public string Id { get; init; } = "";

        /// <summary>1: each rule once, as one <c>dotnet format</c> run; 2: again, where the action is still offered.</summary>
        public int Pass { get; init; } = 1;

        /// <summary>The code fix provider's type name.</summary>
        public string Provider { get; init; } = "";

        /// <summary>The equivalence key applied: the first action offered for the first finding (by file and position);
        /// for a group of actions (GDPR002, GDPR003), its first action.</summary>
        public string? EquivalenceKey { get; init; }

        /// <summary>Whether the provider's Fix All supports solution scope, which <c>dotnet format</c> needs (false: the
        /// fix belongs to a person and only the IDE applies it, in document or project scope).</summary>
        public bool DotnetFormatApplies { get; init; }

        /// <summary>Findings of the rule when its turn came (an earlier fix may have added some).</summary>
        public int AtTurn { get; init; }

        /// <summary>Findings of the rule right after its Fix All.</summary>
        public int After { get; init; }

        /// <summary>Findings that were there before and are left, for which the provider still offers the action applied
        /// (a fix that does not fix).</summary>
        public int LeftSameAction { get; init; }

        /// <summary>Of <see cref="LeftSameAction"/>, those whose fix writes only in other documents than the finding's.</summary>
        public int LeftSameActionElsewhere { get; init; }

        /// <summary>Findings left for which the provider offers only other actions (Fix All applies one kind).</summary>
        public int LeftOtherAction { get; init; }

        /// <summary>Findings left for which the provider offers nothing (by design: e.g. a placeholder purpose).</summary>
        public int LeftNotOffered { get; init; }

        /// <summary>The first findings left with the applied action still offered, as <c>file:line: message</c>.</summary>
        public List<string> LeftSamples { get; init; } = new();

        /// <summary>Findings of the rule that the fix itself added (not there before, e.g. a declaration made more data
        /// personal data).</summary>
        public int NewFindings { get; init; }

        /// <summary>Of <see cref="NewFindings"/>, those for which the same action is offered (a second pass fixes them).</summary>
        public int NewFindingsSameAction { get; init; }

        /// <summary>The first findings added for which the same action is offered.</summary>
        public List<string> NewFindingSamples { get; init; } = new();

        /// <summary>Documents the Fix All changed.</summary>
        public int DocumentsChanged { get; init; }

        /// <summary>Compile errors this Fix All added (counts per file, id and message, lines ignored).</summary>
        public int NewErrors { get; init; }

        /// <summary>Compile errors this Fix All removed (same matching).</summary>
        public int RemovedErrors { get; init; }

        /// <summary>The first errors added.</summary>
        public List<FixAllError> NewErrorSamples { get; init; } = new();

        /// <summary>What the fix threw, if it did (the project's state before the fix is kept).</summary>
        public string? Exception { get; init; }

        /// <summary>Wall time of the fix and the analysis after it (s).</summary>
        public double Seconds { get; init; }
    }

    /// <summary>A compile error that a Fix All added.</summary>
    public sealed record FixAllError
    {
        /// <summary>The file relative to the application's folder, and the line (1-based), after the fix.</summary>
        public string Location { get; init; } = "";

        /// <summary>The compiler's id, e.g. <c>CS0104</c>.</summary>
        public string Id { get; init; } = "";

        /// <summary>The compiler's message.</summary>
        public string Message { get; init; } = "";

        /// <summary>The source line after the fix, trimmed.</summary>
        public string Line { get; init; } = "";
    }
}
