using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GdprAnalyzers.Reporting;

namespace GdprAnalyzers.Corpus
{
    /// <summary>How a project's run ended.</summary>
    public static class RunStatus
    {
        /// <summary>Compiled and analysed in every mode asked for.</summary>
        public const string Ok = "ok";

        /// <summary>Ran out of the per-project time: cancelled inside, or its process stopped.</summary>
        public const string TimedOut = "timed out";

        /// <summary>Its process ended without finishing it (a stack overflow, an unhandled exception).</summary>
        public const string Crashed = "crashed";

        /// <summary>The runner failed on it (e.g. the project could not be read); not an analyzer failure.</summary>
        public const string Failed = "failed";
    }

    /// <summary>One analyzer exception, from <c>onAnalyzerException</c> or an AD0001 diagnostic.</summary>
    public sealed record AnalyzerFailure
    {
        /// <summary>The analyzer's type name.</summary>
        public string Analyzer { get; init; } = "";

        /// <summary>The analyzer's assembly name.</summary>
        public string Assembly { get; init; } = "";

        /// <summary>The exception's type.</summary>
        public string Exception { get; init; } = "";

        /// <summary>The exception's message (first line).</summary>
        public string Message { get; init; } = "";

        /// <summary>The first stack lines (inner exceptions included).</summary>
        public List<string> Stack { get; init; } = new();

        /// <summary>How many times this failure (analyzer, exception, first frames) occurred.</summary>
        public int Count { get; init; } = 1;
    }

    /// <summary>The time GdprAnalyzers spent in one member declaration (<c>--members</c>).</summary>
    public sealed record MemberTime
    {
        /// <summary>The member, e.g. <c>InvoiceController.Checkout</c>.</summary>
        public string Member { get; init; } = "";

        /// <summary>Its file relative to the application, with the line it starts on.</summary>
        public string Location { get; init; } = "";

        /// <summary>Seconds of <c>GetAnalyzerSemanticDiagnosticsAsync</c> on the member's span, GdprAnalyzers only.</summary>
        public double Seconds { get; init; }
    }

    /// <summary>One analysis mode of one project: <c>gdpr.probable_personal_data_in_flows</c> off or on.</summary>
    public sealed record ModeResult
    {
        /// <summary><c>off</c> or <c>on</c>.</summary>
        public string Mode { get; init; } = "";

        /// <summary><see cref="RunStatus.Ok"/> or <see cref="RunStatus.TimedOut"/>.</summary>
        public string Status { get; init; } = RunStatus.Ok;

        /// <summary>Diagnostics by id: every GdprAnalyzers rule and the compared rules (CA1848, CA2254, MA0153).</summary>
        public SortedDictionary<string, int> Findings { get; init; } = new();

        /// <summary>Every GdprAnalyzers diagnostic one by one (the compared rules are only counted), in the order of
        /// path, line, column and rule; the findings' JSON is the command-line tool's (src/Reporting).</summary>
        [JsonConverter(typeof(FindingListConverter))]
        public List<Finding> Details { get; init; } = new();

        /// <summary>Analyzer exceptions, deduplicated.</summary>
        public List<AnalyzerFailure> Exceptions { get; init; } = new();

        /// <summary>GdprAnalyzers' analyzers together, telemetry of the timed pass (s).</summary>
        public double GdprSeconds { get; init; }

        /// <summary>GdprAnalyzers' time in each pass, first to last (s).</summary>
        public List<double> GdprSecondsPerPass { get; init; } = new();

        /// <summary>Each GdprAnalyzers analyzer's telemetry in the timed pass (s).</summary>
        public SortedDictionary<string, double> GdprByAnalyzer { get; init; } = new();

        /// <summary>NetAnalyzers' LoggerMessageDefineAnalyzer (CA1848, CA2254) in the timed pass (s); 0 when not run.</summary>
        public double LoggingSeconds { get; init; }

        /// <summary>Every analyzer of the set together, telemetry of the timed pass (s).</summary>
        public double AllAnalyzersSeconds { get; init; }

        /// <summary>Wall time of the timed analysis pass (s).</summary>
        public double AnalysisSeconds { get; init; }

        /// <summary>The analyzers run.</summary>
        public int AnalyzersRun { get; init; }

        /// <summary>The costliest members for GdprAnalyzers (empty without <c>--members</c>).</summary>
        public List<MemberTime> ExpensiveMembers { get; init; } = new();

        /// <summary>Peak resident memory of the process while compiling and analysing the project so far (bytes).</summary>
        public long PeakMemoryBytes { get; init; }

        /// <summary>With <c>--facts</c>, option <c>off</c>: the facts of the record of processing, counted by kind and
        /// the rules that report them (<c>Storage compliant</c>, <c>Log GDPR001</c>), and <c>Items</c>, the personal
        /// data items declared; empty otherwise.</summary>
        public SortedDictionary<string, int> Facts { get; init; } = new();
    }

    /// <summary>One project of one application: how it compiled and each analysis mode.</summary>
    public sealed record ProjectResult
    {
        /// <summary>The archive's name, e.g. <c>btcpayserver</c>.</summary>
        public string Application { get; init; } = "";

        /// <summary>The project file relative to the application's folder.</summary>
        public string Project { get; init; } = "";

        /// <summary>The project's SDK.</summary>
        public string Sdk { get; init; } = "";

        /// <summary>C# files compiled (without the generated usings file).</summary>
        public int Files { get; init; }

        /// <summary>Lines of those files.</summary>
        public int Lines { get; init; }

        /// <summary>Compile errors (the compilation's error diagnostics).</summary>
        public int CompileErrors { get; init; }

        /// <summary>The most frequent compile error ids with their counts.</summary>
        public SortedDictionary<string, int> CompileErrorIds { get; init; } = new();

        /// <summary>Binding and the compiler's diagnostics (<c>Compilation.GetDiagnostics</c>), without analyzers (s).</summary>
        public double CompileSeconds { get; init; }

        /// <summary>Parsing the project and emitting the metadata of the projects it references (s).</summary>
        public double SetupSeconds { get; init; }

        /// <summary>What the process was doing last: <c>compile</c>, <c>analysis, option off</c>, <c>members, option on</c>...</summary>
        public string Phase { get; init; } = "";

        /// <summary>How the project's run ended (<see cref="RunStatus"/>).</summary>
        public string Status { get; init; } = RunStatus.Ok;

        /// <summary>What went wrong, for a project that did not finish: the mode reached, the exit code.</summary>
        public string? Failure { get; init; }

        /// <summary>The last lines its process wrote to standard error, for a crash or a time-out.</summary>
        public List<string> LastErrorLines { get; init; } = new();

        /// <summary>The analysis modes that finished (or were cancelled).</summary>
        public List<ModeResult> Modes { get; init; } = new();
    }

    /// <summary>A whole run: how it was made, and every project.</summary>
    public sealed record CorpusReport
    {
        /// <summary>The machine, the host compiler, the analyzer versions, the options.</summary>
        public Dictionary<string, string> Environment { get; init; } = new();

        /// <summary>Every project run.</summary>
        public List<ProjectResult> Projects { get; init; } = new();

        /// <summary>Wall time of the run (s).</summary>
        public double ElapsedSeconds { get; init; }
    }
}
