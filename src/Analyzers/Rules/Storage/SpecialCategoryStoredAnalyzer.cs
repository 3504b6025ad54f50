using System.Collections.Generic;
using System.Collections.Immutable;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR014: special-category personal data (GDPR Art. 9, <see cref="SpecialCategorySources"/>) stored in clear (Art.
    /// 32(1)(a)). The stores are GDPR002's. An EF Core entity member marked as a special category is reported once, at its
    /// declaration, unless a value conversion configured on it encrypts (<see cref="EntityModel.ConversionsOf"/>,
    /// <see cref="SanitizerModel.IsEncryptingConversion"/>); a special-category value assigned to another mapped member of
    /// an entity is reported at the assignment, unless that member's conversion encrypts; the other stores
    /// (<see cref="StorageSinkModel.StoredValues"/>: Dapper, ADO.NET, files, caches, Redis, MongoDB, session, cookies) at
    /// the stored value. A value that went through encryption or data protection is protected. No fix: how to protect is
    /// a design choice. GDPR107 reports the same for probable special-category data in the opt-in mode
    /// (<see cref="ProbableSpecialCategoryStoredAnalyzer"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecialCategoryStoredAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SpecialCategoryStoredUnprotected);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            Register(context, SourceKind.PersonalData);
        }

        /// <summary>Registers the analysis for the rule's kind of source: data marked a special category (GDPR014) or, with
        /// the option on, probable special-category data (GDPR107, <see cref="ProbableSpecialCategorySources"/>).</summary>
        internal static void Register(AnalysisContext context, SourceKind sources) =>
            ProbableSources.RegisterCompilationStart(context, sources, OnCompilationStart);

        private static void OnCompilationStart(CompilationStartAnalysisContext start, bool probable)
        {
            var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
            var marked = new SpecialCategorySources(shared.Known);
            if (!probable && !marked.IsAvailable)
            {
                return; // Nothing can be marked a special category.
            }

            // Probable special-category data in a test project is a fixture's value (as GDPR105 skips them).
            if (probable && GdprOptions.IsTestProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                return;
            }

            var state = new CompilationState(shared, marked, probable, probable ? null : ProcessingFactsRecorder.In(start.Options));
            if (state.Entities.IsAvailable)
            {
                start.RegisterSymbolAction(state.AnalyzeMember, SymbolKind.Property, SymbolKind.Field);
            }

            start.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
        }

        private sealed class CompilationState
        {
            private readonly PersonalDataModel model;
            private readonly PersonalDataFlow flow;
            private readonly StorageSinkModel sinks;
            private readonly SanitizerModel sanitizers;
            private readonly DiagnosticDescriptor descriptor;

            /// <summary>Where the facts go for a host that asked for them (null in compiler builds and for GDPR107: the
            /// record lists declared data).</summary>
            private readonly ProcessingFactsRecorder? recorder;

            /// <summary>For GDPR107 only: the data marked a special category, GDPR014's, which GDPR107 leaves to it.</summary>
            private readonly SpecialCategorySources? marked;
            private readonly PersonalDataFlow? markedFlow;

            public CompilationState(SharedCompilationState shared, SpecialCategorySources marked, bool probable, ProcessingFactsRecorder? recorder)
            {
                this.recorder = recorder;
                if (probable)
                {
                    model = new ProbableSpecialCategorySources(shared.Known, shared.ProbableClassifier);
                    this.marked = marked.IsAvailable ? marked : null;
                    markedFlow = this.marked is null ? null : shared.NewFlow(marked);
                    descriptor = Descriptors.ProbableSpecialCategoryStoredUnprotected;
                }
                else
                {
                    model = marked;
                    descriptor = Descriptors.SpecialCategoryStoredUnprotected;
                }

                flow = shared.NewFlow(model);
                sinks = new StorageSinkModel(shared.Known);
                sanitizers = new SanitizerModel(shared.Known);
                Entities = shared.Entities;
            }

            public EntityModel Entities { get; }

            /// <summary>A special-category member of an EF Core entity, reported at its declaration, once.</summary>
            public void AnalyzeMember(SymbolAnalysisContext context)
            {
                ISymbol member = context.Symbol;
                if (member.IsStatic || member.IsImplicitlyDeclared || member is IFieldSymbol { AssociatedSymbol: not null }
                    || member.ContainingType is not { } type || !SymbolRelations.IsInSource(member) || !model.IsPersonalDataSymbol(member)
                    || Entities.StoresOf(type) is not { Count: > 0 } stores)
                {
                    return;
                }

                if (member is IPropertySymbol property && (!EntityModel.IsMapped(property) || IsEncrypted(property)))
                {
                    return; // Not stored by EF Core, or stored through an encrypting conversion.
                }

                string name = type.Name + "." + member.Name;
                context.ReportDiagnostic(Diagnostic.Create(descriptor, member.Locations[0], name, stores[0].DisplayName));
                Record(name, member, stores[0].DisplayName, member.Locations[0]);
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (sinks.StoredValues(invocation, context.ContainingSymbol, model, Entities) is not { } stored)
                {
                    return;
                }

                string sinkName = StorageSinkModel.DisplayName(invocation.TargetMethod);
                foreach (IOperation value in stored)
                {
                    Analyze(context, value, sinkName);
                }
            }

            /// <summary><c>DbParameter.Value = ...</c> of a command that stores it, and a mapped member of an EF Core entity
            /// that is not a special category itself (those are reported at their declaration) given special-category data
            /// (<c>note.Text = patient.Diagnosis</c>).</summary>
            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                string? sinkName = sinks.StoredAssignment(assignment, context.ContainingSymbol) ?? EntityMember(assignment, context.ContainingSymbol);
                if (sinkName != null)
                {
                    Analyze(context, assignment.Value, sinkName);
                }
            }

            private string? EntityMember(ISimpleAssignmentOperation assignment, ISymbol containingSymbol) =>
                sinks.EntityMemberStore(assignment, containingSymbol, Entities, out IPropertySymbol? property) is { } store
                && !model.IsPersonalDataSymbol(property!) && marked?.IsPersonalDataSymbol(property!) != true && !IsEncrypted(property!)
                    ? store
                    : null;

            private bool IsEncrypted(IPropertySymbol property)
            {
                foreach (IInvocationOperation conversion in Entities.ConversionsOf(property))
                {
                    if (sanitizers.IsEncryptingConversion(conversion))
                    {
                        return true;
                    }
                }

                return false;
            }

            private void Analyze(OperationAnalysisContext context, IOperation value, string sinkName)
            {
                var findings = new List<PersonalDataFinding>(1);
                flow.Collect(value, findings, context.CancellationToken);
                if (markedFlow != null)
                {
                    ProbableSources.RemoveFoundBy(markedFlow, findings, context.CancellationToken); // GDPR014 reports them.
                }

                foreach (PersonalDataFinding finding in findings)
                {
                    Location location = finding.Operation.Syntax.GetLocation();
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, location, finding.Name, sinkName));
                    Record(finding.Name, finding.Origin, sinkName, location);
                }
            }

            /// <summary>Records the unprotected store for a host that asked for facts: a storage flow that GDPR014 reports,
            /// at the place GDPR002 records the same flow (the member's declaration, the stored value), so the two are one
            /// flow of the record, with both rules' findings.</summary>
            private void Record(string name, ISymbol? origin, string store, Location location) =>
                recorder?.Record(new ProcessingFact(
                    ProcessingKind.Storage,
                    name,
                    model.CategoryOf(origin),
                    store,
                    purpose: null,
                    lawfulBasis: null,
                    humanReview: false,
                    ImmutableArray.Create(descriptor.Id),
                    location,
                    item: PersonalDataInventory.ItemName(origin)));
        }
    }
}
