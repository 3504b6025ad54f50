using System.Collections.Generic;
using System.Collections.Immutable;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR016: a method marked <c>[ErasureRequestHandler]</c> (GDPR Art. 17) that leaves an entity type with personal
    /// data of the EF Core contexts it uses neither removed, anonymised nor kept with a reason
    /// (<c>[RetainedAfterErasure]</c>, Art. 17(3)), or a method marked <c>[AccessRequestHandler]</c> (Art. 15) that does
    /// not read one. What a handler does, with the project's methods it calls, is read by
    /// <see cref="DataSubjectRequestModel"/>; cascade deletes and owned types by <see cref="EntityRelationships"/>.
    /// Reported at the handler's name, naming what it misses. Registers nothing where no handler attribute or EF Core is
    /// referenced. No fix: what to do with each kind of data is the controller's choice.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DataSubjectRequestAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DataSubjectRequestIncomplete);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            Register(context, SourceKind.PersonalData);
        }

        /// <summary>Registers the analysis of handlers for marked personal data (GDPR016) or, with the option on, probable
        /// personal data of entity types without marked personal data (GDPR108).</summary>
        internal static void Register(AnalysisContext context, SourceKind sources) =>
            ProbableSources.RegisterCompilationStart(context, sources, (start, probable) =>
            {
                var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                if (shared.Known.ErasureRequestHandlerAttribute is null && shared.Known.AccessRequestHandlerAttribute is null)
                {
                    return; // No handler can be declared: nothing to do, at no cost.
                }

                var model = new DataSubjectRequestModel(shared, start.CancellationToken);
                if (!model.IsAvailable)
                {
                    return;
                }

                PersonalDataModel personalData = probable ? new ProbableSources(shared, honourLogExclusions: false).Model : shared.Model;
                PersonalDataModel? exclude = probable ? shared.Model : null;
                DiagnosticDescriptor descriptor = probable ? Descriptors.ProbableDataSubjectRequestIncomplete : Descriptors.DataSubjectRequestIncomplete;
                ProcessingFactsRecorder? recorder = probable ? null : ProcessingFactsRecorder.In(start.Options); // The record lists declared data.
                start.RegisterSymbolAction(symbol => Analyze(symbol, model, personalData, exclude, descriptor, recorder), SymbolKind.Method);
            });

        private static void Analyze(SymbolAnalysisContext context, DataSubjectRequestModel model, PersonalDataModel personalData, PersonalDataModel? exclude, DiagnosticDescriptor descriptor, ProcessingFactsRecorder? recorder)
        {
            var method = (IMethodSymbol)context.Symbol;
            List<DataSubjectRequest> requests = model.RequestsServedBy(method);
            if (requests.Count == 0 || method.Locations.Length == 0 || model.FactsOf(method, context.CancellationToken) is not { } facts)
            {
                return;
            }

            foreach (DataSubjectRequest request in requests)
            {
                if (recorder != null)
                {
                    Record(recorder, method, request, model.Coverage(facts, request, personalData));
                }

                List<MissedEntity> missed = model.Missed(facts, request, personalData, exclude);
                if (missed.Count == 0)
                {
                    continue;
                }

                string list = DataSubjectRequestModel.Display(missed);
                string pronoun = missed.Count == 1 ? "it" : "them";
                string problem = request == DataSubjectRequest.Erasure
                    ? $"leaves {list} stored; remove, anonymise, or mark {pronoun} [RetainedAfterErasure(\"reason\")]"
                    : $"does not read {list}; add {pronoun} to the copy the data subject receives";
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    method.Locations[0],
                    method.Name,
                    request == DataSubjectRequest.Erasure ? "erasure" : "access",
                    problem));
            }
        }

        /// <summary>Records what a handler covers, for the record of processing.</summary>
        private static void Record(ProcessingFactsRecorder recorder, IMethodSymbol method, DataSubjectRequest request, HandlerCoverage coverage)
        {
            var retained = ImmutableArray.CreateBuilder<RetainedItemFact>(coverage.Retained.Count);
            foreach (KeyValuePair<string, (string Reason, Location Location)> item in coverage.Retained)
            {
                retained.Add(new RetainedItemFact(item.Key, item.Value.Reason, item.Value.Location));
            }

            recorder.Record(new RequestHandlerFact(
                MethodSummaries.Display(method),
                request == DataSubjectRequest.Erasure ? DataSubjectRequestKind.Erasure : DataSubjectRequestKind.Access,
                coverage.Covered.ToImmutableArray(),
                coverage.Missed.ToImmutableArray(),
                retained.ToImmutable(),
                method.Locations[0]));
        }
    }
}
