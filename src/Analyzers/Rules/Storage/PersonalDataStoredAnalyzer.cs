using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR002 (no declared processing purpose, GDPR Art. 5(1)(b), 30) and GDPR003 (no lawful basis, Art. 6(1)) for
    /// personal data that is stored. EF Core entities are reported once, on the personal data member's declaration (or,
    /// for members inherited from another assembly such as <c>IdentityUser</c>'s, on the entity's declaration); other
    /// stores (Dapper, ADO.NET, files, caches, Redis, MongoDB, session, cookies) at the stored value.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataStoredAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the places where a declaration may be added, separated by ';', in the order of
        /// the diagnostic's additional locations. Values: <see cref="PlaceMember"/>, <see cref="PlaceType"/>,
        /// <see cref="PlaceMethod"/>, <see cref="PlaceMethodType"/>.</summary>
        public const string PlacesProperty = "Places";

        /// <summary>Diagnostic property: the display names of the places, separated by ';', same order.</summary>
        public const string PlaceNamesProperty = "PlaceNames";

        /// <summary>The personal data member.</summary>
        public const string PlaceMember = "Member";

        /// <summary>The type that declares the personal data.</summary>
        public const string PlaceType = "Type";

        /// <summary>The method that stores it.</summary>
        public const string PlaceMethod = "Method";

        /// <summary>The type of the method that stores it.</summary>
        public const string PlaceMethodType = "MethodType";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.StoredWithoutPurpose, Descriptors.StoredWithoutLawfulBasis);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            Register(context, SourceKind.PersonalData);
        }

        /// <summary>Registers the storage analysis for the rule's kind of source (<paramref name="sources"/>): marked
        /// personal data (GDPR002, GDPR003) or, with the option on, probable personal data (GDPR102, GDPR103).</summary>
        internal static void Register(AnalysisContext context, SourceKind sources) =>
            ProbableSources.RegisterCompilationStart(context, sources, OnCompilationStart);

        private static void OnCompilationStart(CompilationStartAnalysisContext context, bool probable)
        {
            var shared = SharedCompilationState.Get(context.Compilation, context.Options, context.CancellationToken);
            if (!shared.Known.HasAnyPersonalDataMarker)
            {
                return;
            }

            var state = new CompilationState(shared, probable, ProcessingFactsRecorder.In(context.Options), context.CancellationToken);
            if (state.Entities.IsAvailable)
            {
                context.RegisterSymbolAction(state.AnalyzeMember, SymbolKind.Property, SymbolKind.Field);
                if (!probable)
                {
                    // Probable personal data is declared in source: no whole types, nothing inherited from other assemblies.
                    context.RegisterSymbolAction(state.AnalyzeType, SymbolKind.NamedType);
                }
            }

            context.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
            context.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
        }

        private sealed class CompilationState
        {
            private readonly PersonalDataModel model;
            private readonly PersonalDataFlow flow;
            private readonly DeclarationModel declarations;
            private readonly StorageSinkModel sinks;
            private readonly ProbableSources? probable;
            private readonly DiagnosticDescriptor purpose;
            private readonly DiagnosticDescriptor basis;

            /// <summary>Where the facts go for a host that asked for them (null in compiler builds).</summary>
            private readonly ProcessingFactsRecorder? recorder;

            public CompilationState(SharedCompilationState shared, bool probable, ProcessingFactsRecorder? recorder, System.Threading.CancellationToken cancellationToken)
            {
                this.recorder = recorder;
                this.probable = probable ? new ProbableSources(shared, honourLogExclusions: false) : null;
                purpose = probable ? Descriptors.ProbableStoredWithoutPurpose : Descriptors.StoredWithoutPurpose;
                basis = probable ? Descriptors.ProbableStoredWithoutLawfulBasis : Descriptors.StoredWithoutLawfulBasis;
                model = this.probable?.Model ?? shared.Model;
                flow = this.probable?.Flow ?? shared.Flow;
                KnownSymbols known = shared.Known;
                declarations = new DeclarationModel(known);
                sinks = new StorageSinkModel(known);
                Entities = new EntityModel(shared.Compilation, known, cancellationToken);
            }

            public EntityModel Entities { get; }

            /// <summary>A personal data member of an EF Core entity, reported at its declaration.</summary>
            public void AnalyzeMember(SymbolAnalysisContext context)
            {
                ISymbol member = context.Symbol;
                if (member.IsStatic || member.IsImplicitlyDeclared || member is IFieldSymbol { AssociatedSymbol: not null }
                    || member.ContainingType is not { } type || member.Locations.Length == 0 || !member.Locations[0].IsInSource)
                {
                    return;
                }

                IReadOnlyList<EntityStore>? stores = Entities.StoresOf(type);
                if (stores is null || !model.IsPersonalDataSymbol(member))
                {
                    return;
                }

                if (member is IPropertySymbol mapped && !EntityModel.IsMapped(mapped))
                {
                    return; // [NotMapped] or no setter: EF Core does not store it.
                }

                ITypeSymbol memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
                if (IsEntityNavigation(memberType))
                {
                    return; // The entity it points to is reported itself.
                }

                ReportForStores(context.ReportDiagnostic, member.Locations[0], member, type, stores, type.Name + "." + member.Name, new ISymbol[] { member, type }, new[] { PlaceMember, PlaceType });
            }

            /// <summary>An entity marked <c>[PersonalData]</c> as a whole, or one that inherits personal data from a type
            /// of another assembly (an <c>IdentityUser</c> subclass): reported once per rule on the entity's declaration.</summary>
            public void AnalyzeType(SymbolAnalysisContext context)
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (type.TypeKind != TypeKind.Class || type.Locations.Length == 0 || !type.Locations[0].IsInSource || !Entities.IsEntity(type))
                {
                    return;
                }

                IReadOnlyList<EntityStore> stores = Entities.StoresOf(type)!;
                if (model.IsPersonalDataType(type))
                {
                    ReportForStores(context.ReportDiagnostic, type.Locations[0], null, type, stores, type.Name, new ISymbol[] { type }, new[] { PlaceType });
                }

                // Members inherited from types of other assemblies: listed in one diagnostic per rule.
                var inherited = new List<ISymbol>();
                for (INamedTypeSymbol? baseType = type.BaseType; baseType != null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
                {
                    if (baseType.Locations.Length > 0 && baseType.Locations[0].IsInSource)
                    {
                        continue; // Members declared in source are reported at their own declaration.
                    }

                    foreach (ISymbol member in baseType.GetMembers())
                    {
                        if (member is IPropertySymbol { IsStatic: false } && model.IsPersonalDataSymbol(member))
                        {
                            inherited.Add(member);
                        }
                    }
                }

                if (inherited.Count == 0)
                {
                    return;
                }

                ReportInherited(context.ReportDiagnostic, purpose, type, stores, inherited, (places, _) => declarations.Purpose(places));
                ReportInherited(context.ReportDiagnostic, basis, type, stores, inherited, (places, _) => declarations.LawfulBasis(places));
                if (recorder is null)
                {
                    return;
                }

                foreach (EntityStore store in stores)
                {
                    foreach (ISymbol member in inherited)
                    {
                        ISymbol?[] places = { member, type, store.Set, store.Context };
                        RecordStorage(
                            member.ContainingType.Name + "." + member.Name,
                            member,
                            store.DisplayName,
                            places,
                            declarations.Purpose(places) != DeclarationModel.Status.Declared,
                            declarations.LawfulBasis(places) != DeclarationModel.Status.Declared,
                            type.Locations[0]);
                    }
                }
            }

            private static void ReportInherited(
                System.Action<Diagnostic> report,
                DiagnosticDescriptor descriptor,
                INamedTypeSymbol type,
                IReadOnlyList<EntityStore> stores,
                List<ISymbol> inherited,
                System.Func<ISymbol?[], int, DeclarationModel.Status> status)
            {
                foreach (EntityStore store in stores)
                {
                    var missing = new List<string>();
                    foreach (ISymbol member in inherited)
                    {
                        if (status(new ISymbol?[] { member, type, store.Set, store.Context }, 0) != DeclarationModel.Status.Declared)
                        {
                            missing.Add(member.ContainingType.Name + "." + member.Name);
                        }
                    }

                    if (missing.Count > 0)
                    {
                        Location[] additional = { type.Locations[0] };
                        report(Diagnostic.Create(descriptor, type.Locations[0], additional, Properties(new ISymbol[] { type }, new[] { PlaceType }), Inherited(missing, type), store.DisplayName));
                        return;
                    }
                }
            }

            /// <summary>Reports each rule once, for the first store (by name) whose declarations lack it.</summary>
            private void ReportForStores(System.Action<Diagnostic> report, Location location, ISymbol? member, INamedTypeSymbol type, IReadOnlyList<EntityStore> stores, string name, ISymbol[] fixPlaces, string[] fixKinds)
            {
                bool purposeDone = false;
                bool basisDone = false;
                foreach (EntityStore store in stores)
                {
                    ISymbol?[] places = { member, type, store.Set, store.Context };
                    bool purposeMissing = declarations.Purpose(places, out int purposeIndex) != DeclarationModel.Status.Declared;
                    if (!purposeDone && purposeMissing)
                    {
                        ReportRule(report, purpose, location, places, purposeIndex, fixPlaces, fixKinds, name, store.DisplayName);
                        purposeDone = true;
                    }

                    bool basisMissing = declarations.LawfulBasis(places, out int basisIndex) != DeclarationModel.Status.Declared;
                    if (!basisDone && basisMissing)
                    {
                        ReportRule(report, basis, location, places, basisIndex, fixPlaces, fixKinds, name, store.DisplayName);
                        basisDone = true;
                    }

                    RecordStorage(name, member ?? type, store.DisplayName, places, purposeMissing, basisMissing, location);
                }
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
                    AnalyzeValue(context, value, sinkName);
                }
            }

            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (sinks.StoredAssignment(assignment, context.ContainingSymbol) is { } sinkName)
                {
                    AnalyzeValue(context, assignment.Value, sinkName);
                }
            }

            private void AnalyzeValue(OperationAnalysisContext context, IOperation value, string sinkName)
            {
                var findings = new List<PersonalDataFinding>(1);
                flow.Collect(value, findings, context.CancellationToken);
                probable?.RemoveAnnotated(findings, context.CancellationToken);
                foreach (PersonalDataFinding finding in findings)
                {
                    ReportFinding(context, finding, sinkName);
                }
            }

            private void ReportFinding(OperationAnalysisContext context, PersonalDataFinding finding, string sinkName)
            {
                ISymbol? origin = finding.Origin;
                ISymbol? originType = origin switch
                {
                    ITypeSymbol typeOrigin => typeOrigin,
                    IParameterSymbol parameter => parameter.Type as INamedTypeSymbol,
                    _ => origin?.ContainingType,
                };

                ISymbol method = context.ContainingSymbol;
                INamedTypeSymbol? methodType = method.ContainingType;
                ISymbol?[] places = { origin is ITypeSymbol ? null : origin, originType, method, methodType };

                var fixPlaces = new List<ISymbol>(4);
                var fixKinds = new List<string>(4);
                AddPlace(fixPlaces, fixKinds, method, PlaceMethod);
                AddPlace(fixPlaces, fixKinds, methodType, PlaceMethodType);
                if (origin is IPropertySymbol or IFieldSymbol)
                {
                    AddPlace(fixPlaces, fixKinds, origin, PlaceMember);
                }

                AddPlace(fixPlaces, fixKinds, originType, PlaceType);
                Location location = finding.Operation.Syntax.GetLocation();
                bool purposeMissing = declarations.Purpose(places, out int purposeIndex) != DeclarationModel.Status.Declared;
                if (purposeMissing)
                {
                    ReportRule(context.ReportDiagnostic, purpose, location, places, purposeIndex, fixPlaces.ToArray(), fixKinds.ToArray(), finding.Name, sinkName);
                }

                bool basisMissing = declarations.LawfulBasis(places, out int basisIndex) != DeclarationModel.Status.Declared;
                if (basisMissing)
                {
                    ReportRule(context.ReportDiagnostic, basis, location, places, basisIndex, fixPlaces.ToArray(), fixKinds.ToArray(), finding.Name, sinkName);
                }

                RecordStorage(finding.Name, origin, sinkName, places, purposeMissing, basisMissing, location);
            }

            /// <summary>Records a stored item for a host that asked for facts: with the purpose and basis stated at the
            /// nearest of <paramref name="places"/>, and the rules that report what is missing. Probable personal data
            /// (the opt-in rules) is recorded only where a rule reports it: a record of processing lists what the code
            /// declares.</summary>
            private void RecordStorage(string name, ISymbol? origin, string store, ISymbol?[] places, bool purposeMissing, bool basisMissing, Location location)
            {
                if (recorder is null || (probable != null && !purposeMissing && !basisMissing))
                {
                    return;
                }

                ImmutableArray<string> rules = ImmutableArray<string>.Empty;
                if (purposeMissing)
                {
                    rules = rules.Add(purpose.Id);
                }

                if (basisMissing)
                {
                    rules = rules.Add(basis.Id);
                }

                recorder.Record(new ProcessingFact(
                    ProcessingKind.Storage,
                    name,
                    model.CategoryOf(origin),
                    store,
                    declarations.StatedPurpose(places),
                    declarations.StatedLawfulBasis(places),
                    humanReview: false,
                    rules,
                    location));
            }

            private static void AddPlace(List<ISymbol> places, List<string> kinds, ISymbol? place, string kind)
            {
                if (place is null || place.Locations.Length == 0 || !place.Locations[0].IsInSource || place.IsImplicitlyDeclared
                    || !place.CanBeReferencedByName || IsTopLevelProgram(place))
                {
                    return; // Nowhere to write an attribute (the synthesized Program of top-level statements).
                }

                foreach (ISymbol existing in places)
                {
                    if (SymbolEqualityComparer.Default.Equals(existing, place))
                    {
                        return;
                    }
                }

                places.Add(place);
                kinds.Add(kind);
            }

            /// <summary>Reports one rule. The fix places offered are those nearer than the place that decided (a
            /// declaration farther away would not count; one at the deciding place is a placeholder to edit).</summary>
            private static void ReportRule(System.Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, ISymbol?[] places, int decidingIndex, ISymbol[] fixPlaces, string[] fixKinds, string name, string store)
            {
                var usefulPlaces = new List<ISymbol>(fixPlaces.Length);
                var usefulKinds = new List<string>(fixPlaces.Length);
                var additional = new List<Location>(fixPlaces.Length);
                for (int i = 0; i < fixPlaces.Length; i++)
                {
                    int rank = System.Array.FindIndex(places, p => SymbolEqualityComparer.Default.Equals(p, fixPlaces[i]));
                    if (decidingIndex < 0 || (rank >= 0 && rank < decidingIndex))
                    {
                        usefulPlaces.Add(fixPlaces[i]);
                        usefulKinds.Add(fixKinds[i]);
                        additional.Add(fixPlaces[i].Locations[0]);
                    }
                }

                report(Diagnostic.Create(descriptor, location, additional, Properties(usefulPlaces.ToArray(), usefulKinds.ToArray()), name, store));
            }

            private static bool IsTopLevelProgram(ISymbol place)
            {
                foreach (SyntaxReference reference in place.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)
                    {
                        return true;
                    }
                }

                return false;
            }

            private static ImmutableDictionary<string, string?> Properties(ISymbol[] places, string[] kinds)
            {
                var names = new StringBuilder();
                for (int i = 0; i < places.Length; i++)
                {
                    if (i > 0)
                    {
                        names.Append(';');
                    }

                    ISymbol place = places[i];
                    names.Append(place is INamedTypeSymbol || place.ContainingType is null ? place.Name : place.ContainingType.Name + "." + place.Name);
                }

                return ImmutableDictionary<string, string?>.Empty
                    .Add(PlacesProperty, string.Join(";", kinds))
                    .Add(PlaceNamesProperty, names.ToString());
            }

            private static string Inherited(List<string> members, INamedTypeSymbol type)
            {
                const int Shown = 4;
                var text = new StringBuilder();
                for (int i = 0; i < members.Count && i < Shown; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(members[i]);
                }

                if (members.Count > Shown)
                {
                    text.Append(" and ").Append(members.Count - Shown).Append(" more");
                }

                return text.Append(" (inherited by ").Append(type.Name).Append(')').ToString();
            }

            private bool IsEntityNavigation(ITypeSymbol type)
            {
                if (type is IArrayTypeSymbol array)
                {
                    type = array.ElementType;
                }
                else if (type is INamedTypeSymbol { IsGenericType: true } generic && type.SpecialType == SpecialType.None && generic.TypeArguments.Length == 1)
                {
                    type = generic.TypeArguments[0];
                }

                return type.Locations.Length > 0 && type.Locations[0].IsInSource && Entities.StoresOf(type) != null;
            }
        }
    }
}
