using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// The opt-in mode for code not annotated yet (option <c>gdpr.probable_personal_data_in_flows</c>): the log, storage
    /// and decision rules run a second time with a model whose sources are probable personal data, the unannotated
    /// properties, fields and parameters GDPR005 finds by name and type, and report under GDPR101 to GDPR104. A finding
    /// at an expression that the annotation-following rules (GDPR001 to GDPR004) report too is left to them, so no
    /// expression is reported under both ids. Made once per compilation, only when the option is on.
    /// </summary>
    internal sealed class ProbableSources
    {
        private readonly PersonalDataFlow annotated;

        /// <param name="shared">The compilation's shared state.</param>
        /// <param name="honourLogExclusions">As for <see cref="PersonalDataModel"/>: true for log sinks.</param>
        public ProbableSources(SharedCompilationState shared, bool honourLogExclusions)
        {
            KnownSymbols known = shared.Known;
            Model = new ProbablePersonalDataSources(known, honourLogExclusions, shared.ProbableClassifier.IsProbablePersonalData);
            Flow = shared.NewFlow(Model);
            annotated = honourLogExclusions ? shared.NewFlow(new AnnotatedPersonalDataSources(known, honourLogExclusions)) : shared.Flow;
        }

        /// <summary>The model whose personal data is probable personal data.</summary>
        public PersonalDataModel Model { get; }

        /// <summary>The flow engine over <see cref="Model"/>, with return summaries (for storage and decisions; the log
        /// rule builds its own with sink summaries).</summary>
        public PersonalDataFlow Flow { get; }

        /// <summary>Whether the option is on for <paramref name="compilation"/> (read from <c>.globalconfig</c> or the
        /// options of its first source file). Off by default: the opt-in rules then register nothing.</summary>
        public static bool IsEnabled(Compilation compilation, AnalyzerOptions options) =>
            GdprOptions.ProbablePersonalDataInFlows.ReadForCompilation(compilation, options.AnalyzerConfigOptionsProvider);

        /// <summary>Registers <paramref name="onStart"/> for each compilation (its second argument: whether the sources are
        /// probable personal data); for <see cref="SourceKind.ProbablePersonalData"/>, only where the option is on, so
        /// that default builds pay nothing for the opt-in rules.</summary>
        public static void RegisterCompilationStart(AnalysisContext context, SourceKind sources, System.Action<CompilationStartAnalysisContext, bool> onStart) =>
            context.RegisterCompilationStartAction(start =>
            {
                if (sources != SourceKind.ProbablePersonalData || IsEnabled(start.Compilation, start.Options))
                {
                    onStart(start, sources == SourceKind.ProbablePersonalData);
                }
            });

        /// <summary>Removes the findings whose expression holds annotated personal data as well: GDPR001 to GDPR004
        /// report it there.</summary>
        /// <exception cref="System.OperationCanceledException">The analysis was cancelled.</exception>
        public void RemoveAnnotated(List<PersonalDataFinding> findings, System.Threading.CancellationToken cancellationToken) =>
            RemoveFoundBy(annotated, findings, cancellationToken);

        /// <summary>Removes the findings whose expression <paramref name="annotated"/> (the flow of the rule that follows
        /// annotations) finds as well, so that no expression is reported under both ids.</summary>
        /// <exception cref="System.OperationCanceledException">The analysis was cancelled.</exception>
        public static void RemoveFoundBy(PersonalDataFlow annotated, List<PersonalDataFinding> findings, System.Threading.CancellationToken cancellationToken)
        {
            List<PersonalDataFinding>? also = null;
            for (int i = findings.Count - 1; i >= 0; i--)
            {
                also ??= new List<PersonalDataFinding>(1);
                also.Clear();
                annotated.Collect(findings[i].Operation, also, cancellationToken);
                if (also.Count > 0)
                {
                    findings.RemoveAt(i);
                }
            }
        }
    }
}
