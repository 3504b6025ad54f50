using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Reporting
{
    /// <summary>What GdprAnalyzers found in one compilation: its diagnostics, the facts of the record of processing and
    /// the personal data it declares.</summary>
    public sealed class AnalysisOutcome
    {
        /// <summary>Makes an outcome; see the properties.</summary>
        public AnalysisOutcome(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<ProcessingFact> facts, ImmutableArray<PersonalDataItem> items, bool itemsTruncated, ImmutableArray<string> analyzerFailures, ImmutableArray<RequestHandlerFact> requestHandlers = default)
        {
            Diagnostics = diagnostics;
            Facts = facts;
            RequestHandlers = requestHandlers.IsDefault ? ImmutableArray<RequestHandlerFact>.Empty : requestHandlers;
            Items = items;
            ItemsTruncated = itemsTruncated;
            AnalyzerFailures = analyzerFailures;
        }

        /// <summary>GdprAnalyzers' diagnostics at the severity the project's settings give them, suppressed and hidden ones
        /// left out.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The flows the analyzers recorded (<see cref="ProcessingFactsRecorder"/>).</summary>
        public ImmutableArray<ProcessingFact> Facts { get; }

        /// <summary>The handlers of data subjects' requests the analyzers read (GDPR016), with what each covers.</summary>
        public ImmutableArray<RequestHandlerFact> RequestHandlers { get; }

        /// <summary>The personal data the compilation declares (<see cref="PersonalDataInventory"/>).</summary>
        public ImmutableArray<PersonalDataItem> Items { get; }

        /// <summary>Whether the inventory stopped at <see cref="PersonalDataInventory.MaxTypes"/> types.</summary>
        public bool ItemsTruncated { get; }

        /// <summary>Exceptions the analyzers threw, one line each (an analyzer never should).</summary>
        public ImmutableArray<string> AnalyzerFailures { get; }
    }

    /// <summary>
    /// Runs GdprAnalyzers on a compilation as a build does (<see cref="CompilationWithAnalyzers"/>), with a
    /// <see cref="ProcessingFactsRecorder"/> among the additional files so that the same run gives the facts of the
    /// record of processing (<c>docs/architecture.md</c>, "Facts for hosts that are not analyzers"): one analysis, not
    /// a second implementation of it.
    /// </summary>
    public static class GdprAnalysis
    {
        /// <summary>The option of the opt-in mode that follows probable personal data (GDPR101-104, GDPR106).</summary>
        public const string ProbableOption = "gdpr.probable_personal_data_in_flows";

        /// <summary>The file name of GdprAnalyzers' analyzer assembly, as the package ships it.</summary>
        public const string AnalyzerAssemblyFileName = "GdprAnalyzers.dll";

        /// <summary>GdprAnalyzers' analyzers, one instance of each type.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
            typeof(ProcessingFactsRecorder).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();

        /// <summary>Every rule the analyzers report, by id (the first descriptor of each id).</summary>
        public static ImmutableArray<DiagnosticDescriptor> Rules(IEnumerable<DiagnosticAnalyzer> analyzers) =>
            analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>
        /// Analyses <paramref name="compilation"/> with <paramref name="analyzers"/> and the project's
        /// <paramref name="options"/> (its additional files, such as the models file, and its <c>.editorconfig</c> and
        /// <c>.globalconfig</c> settings). <paramref name="discovery"/>: the project does not use GdprAnalyzers, so the
        /// opt-in mode is turned on (<see cref="ProbableOption"/>, unless the project's settings say otherwise) and the
        /// proposals stay Info.
        /// </summary>
        /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
        public static async Task<AnalysisOutcome> AnalyseAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, bool discovery, CancellationToken cancellationToken)
        {
            var recorder = new ProcessingFactsRecorder();
            AnalyzerConfigOptionsProvider provider = discovery
                ? new DefaultedOptionsProvider(options.AnalyzerConfigOptionsProvider, ImmutableDictionary<string, string>.Empty.Add(ProbableOption, "true"))
                : options.AnalyzerConfigOptionsProvider;
            var analyzerOptions = new AnalyzerOptions(options.AdditionalFiles.Add(recorder), provider);
            var failures = new ConcurrentQueue<string>();
            var withAnalyzers = new CompilationWithAnalyzers(
                compilation,
                analyzers,
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + ": " + exception.GetType().Name + ": " + exception.Message.Split('\n')[0]),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false));
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in diagnostics.Where(diagnostic => diagnostic.Id is "AD0001" or "AD0002"))
            {
                failures.Enqueue(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\n')[0]);
            }

            ImmutableArray<PersonalDataItem> items = PersonalDataInventory.Collect(compilation, analyzerOptions, out bool truncated, cancellationToken);
            return new AnalysisOutcome(
                diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("GDPR", StringComparison.Ordinal) && diagnostic.Severity != DiagnosticSeverity.Hidden && !diagnostic.IsSuppressed).ToImmutableArray(),
                recorder.Facts,
                items,
                truncated,
                failures.Distinct(StringComparer.Ordinal).ToImmutableArray(),
                recorder.RequestHandlers);
        }

        /// <summary>The project's options, with defaults for the keys it does not set (its own settings always win, as
        /// over a preset).</summary>
        private sealed class DefaultedOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly AnalyzerConfigOptionsProvider inner;
            private readonly ImmutableDictionary<string, string> defaults;

            public DefaultedOptionsProvider(AnalyzerConfigOptionsProvider inner, ImmutableDictionary<string, string> defaults)
            {
                this.inner = inner;
                this.defaults = defaults;
            }

            public override AnalyzerConfigOptions GlobalOptions => new Defaulted(inner.GlobalOptions, defaults);

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Defaulted(inner.GetOptions(tree), defaults);

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Defaulted(inner.GetOptions(textFile), defaults);
        }

        private sealed class Defaulted : AnalyzerConfigOptions
        {
            private readonly AnalyzerConfigOptions inner;
            private readonly ImmutableDictionary<string, string> defaults;

            public Defaulted(AnalyzerConfigOptions inner, ImmutableDictionary<string, string> defaults)
            {
                this.inner = inner;
                this.defaults = defaults;
            }

            public override IEnumerable<string> Keys => inner.Keys.Union(defaults.Keys, StringComparer.Ordinal);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
                inner.TryGetValue(key, out value) || defaults.TryGetValue(key, out value);
        }
    }
}
