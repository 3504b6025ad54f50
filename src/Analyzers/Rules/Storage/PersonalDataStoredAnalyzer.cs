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
    /// GDPR002 (no declared processing purpose, GDPR Art. 5(1)(b), 30), GDPR003 (no lawful basis, Art. 6(1)) and GDPR013
    /// (no retention period, Art. 5(1)(e), 13(2)(a)) for personal data that is stored: one list of required declarations
    /// (<see cref="RequiredDeclaration"/>), each found by <see cref="DeclarationModel"/> and reported by its own rule.
    /// EF Core entities are reported once, on the personal data member's declaration (or,
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
            ImmutableArray.Create(Descriptors.StoredWithoutPurpose, Descriptors.StoredWithoutLawfulBasis, Descriptors.StoredWithoutRetention);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            Register(context, SourceKind.PersonalData);
        }

        /// <summary>Registers the storage analysis for the rule's kind of source (<paramref name="sources"/>): marked
        /// personal data (GDPR002, GDPR003, GDPR013) or, with the option on, probable personal data (GDPR102, GDPR103,
        /// GDPR106).</summary>
        internal static void Register(AnalysisContext context, SourceKind sources) =>
            ProbableSources.RegisterCompilationStart(context, sources, OnCompilationStart);

        private static void OnCompilationStart(CompilationStartAnalysisContext context, bool probable)
        {
            var shared = SharedCompilationState.Get(context.Compilation, context.Options, context.CancellationToken);
            if (!shared.Known.HasAnyPersonalDataMarker)
            {
                return;
            }

            var state = new CompilationState(shared, probable, ProcessingFactsRecorder.In(context.Options));
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

            /// <summary>The declarations a store needs, each with the rule that reports it missing.</summary>
            private readonly Requirement[] requirements;

            /// <summary>Where the facts go for a host that asked for them (null in compiler builds).</summary>
            private readonly ProcessingFactsRecorder? recorder;

            public CompilationState(SharedCompilationState shared, bool probable, ProcessingFactsRecorder? recorder)
            {
                this.recorder = recorder;
                this.probable = probable ? new ProbableSources(shared, honourLogExclusions: false) : null;
                requirements = new[]
                {
                    new Requirement(RequiredDeclaration.Purpose, probable ? Descriptors.ProbableStoredWithoutPurpose : Descriptors.StoredWithoutPurpose),
                    new Requirement(RequiredDeclaration.LawfulBasis, probable ? Descriptors.ProbableStoredWithoutLawfulBasis : Descriptors.StoredWithoutLawfulBasis),
                    new Requirement(RequiredDeclaration.RetentionPeriod, probable ? Descriptors.ProbableStoredWithoutRetention : Descriptors.StoredWithoutRetention),
                };
                model = this.probable?.Model ?? shared.Model;
                flow = this.probable?.Flow ?? shared.Flow;
                KnownSymbols known = shared.Known;
                declarations = new DeclarationModel(known);
                sinks = new StorageSinkModel(known);
                Entities = shared.Entities;
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

                foreach (Requirement requirement in requirements)
                {
                    ReportInherited(context.ReportDiagnostic, requirement, type, stores, inherited);
                }

                if (recorder is null)
                {
                    return;
                }

                foreach (EntityStore store in stores)
                {
                    foreach (ISymbol member in inherited)
                    {
                        ISymbol?[] places = { member, type, store.Set, store.Context };
                        var rules = ImmutableArray.CreateBuilder<string>(requirements.Length);
                        foreach (Requirement requirement in requirements)
                        {
                            if (!declarations.IsDeclared(requirement.Kind, places))
                            {
                                rules.Add(requirement.Descriptor.Id);
                            }
                        }

                        RecordStorage(member.ContainingType.Name + "." + member.Name, member, store.DisplayName, places, rules.ToImmutable(), type.Locations[0]);
                    }
                }
            }

            private void ReportInherited(System.Action<Diagnostic> report, Requirement requirement, INamedTypeSymbol type, IReadOnlyList<EntityStore> stores, List<ISymbol> inherited)
            {
                foreach (EntityStore store in stores)
                {
                    var missing = new List<string>();
                    string? problem = null;
                    foreach (ISymbol member in inherited)
                    {
                        ISymbol?[] places = { member, type, store.Set, store.Context };
                        DeclarationModel.Status status = declarations.Find(requirement.Kind, places, out _, out AttributeData? nearest);
                        if (status != DeclarationModel.Status.Declared)
                        {
                            missing.Add(member.ContainingType.Name + "." + member.Name);
                            problem ??= requirement.Problem(status, nearest);
                        }
                    }

                    if (missing.Count > 0)
                    {
                        Location[] additional = { type.Locations[0] };
                        report(Diagnostic.Create(requirement.Descriptor, type.Locations[0], additional, Properties(new ISymbol[] { type }, new[] { PlaceType }), Arguments(Inherited(missing, type), store.DisplayName, problem)));
                        return;
                    }
                }
            }

            /// <summary>Reports each rule once, for the first store (by name) whose declarations lack it.</summary>
            private void ReportForStores(System.Action<Diagnostic> report, Location location, ISymbol? member, INamedTypeSymbol type, IReadOnlyList<EntityStore> stores, string name, ISymbol[] fixPlaces, string[] fixKinds)
            {
                bool[] done = new bool[requirements.Length];
                foreach (EntityStore store in stores)
                {
                    ISymbol?[] places = { member, type, store.Set, store.Context };
                    ImmutableArray<string> rules = Check(report, location, places, fixPlaces, fixKinds, name, store.DisplayName, done);
                    RecordStorage(name, member ?? type, store.DisplayName, places, rules, location);
                }
            }

            /// <summary>Checks every required declaration at <paramref name="places"/>, reports those missing (except the
            /// rules <paramref name="done"/> already reported, when given), and returns the ids of the rules missing.</summary>
            private ImmutableArray<string> Check(System.Action<Diagnostic> report, Location location, ISymbol?[] places, ISymbol[] fixPlaces, string[] fixKinds, string name, string store, bool[]? done)
            {
                ImmutableArray<string>.Builder? rules = null;
                for (int i = 0; i < requirements.Length; i++)
                {
                    Requirement requirement = requirements[i];
                    DeclarationModel.Status status = declarations.Find(requirement.Kind, places, out int decidingIndex, out AttributeData? nearest);
                    if (status == DeclarationModel.Status.Declared)
                    {
                        continue;
                    }

                    (rules ??= ImmutableArray.CreateBuilder<string>(requirements.Length)).Add(requirement.Descriptor.Id);
                    if (done is null || !done[i])
                    {
                        ReportRule(report, requirement.Descriptor, location, places, decidingIndex, fixPlaces, fixKinds, name, store, requirement.Problem(status, nearest));
                        if (done != null)
                        {
                            done[i] = true;
                        }
                    }
                }

                return rules?.ToImmutable() ?? ImmutableArray<string>.Empty;
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
                Compilation compilation = context.Compilation;
                AddPlace(fixPlaces, fixKinds, method, PlaceMethod, compilation);
                AddPlace(fixPlaces, fixKinds, methodType, PlaceMethodType, compilation);
                if (origin is IPropertySymbol or IFieldSymbol)
                {
                    AddPlace(fixPlaces, fixKinds, origin, PlaceMember, compilation);
                }

                AddPlace(fixPlaces, fixKinds, originType, PlaceType, compilation);
                Location location = finding.Operation.Syntax.GetLocation();
                ImmutableArray<string> rules = Check(context.ReportDiagnostic, location, places, fixPlaces.ToArray(), fixKinds.ToArray(), finding.Name, sinkName, done: null);
                RecordStorage(finding.Name, origin, sinkName, places, rules, location);
            }

            /// <summary>Records a stored item for a host that asked for facts: with the purpose, basis and retention
            /// period stated at the nearest of <paramref name="places"/>, and the <paramref name="rules"/> that report what
            /// is missing. Probable personal data (the opt-in rules) is recorded only where a rule reports it: a record of
            /// processing lists what the code declares.</summary>
            private void RecordStorage(string name, ISymbol? origin, string store, ISymbol?[] places, ImmutableArray<string> rules, Location location)
            {
                if (recorder is null || (probable != null && rules.IsEmpty))
                {
                    return;
                }

                (string? retention, string? criteria) = declarations.StatedRetention(places);
                recorder.Record(new ProcessingFact(
                    ProcessingKind.Storage,
                    name,
                    model.CategoryOf(origin),
                    store,
                    declarations.StatedPurpose(places),
                    declarations.StatedLawfulBasis(places),
                    humanReview: false,
                    rules,
                    location,
                    retention,
                    criteria,
                    item: PersonalDataInventory.ItemName(origin)));
            }

            private static void AddPlace(List<ISymbol> places, List<string> kinds, ISymbol? place, string kind, Compilation compilation)
            {
                // A place in another project's source (an IDE's compilation reference) is no place of this compilation's:
                // a diagnostic may not point there.
                if (place is null || place.Locations.Length == 0 || !place.Locations[0].IsInSource || place.Locations[0].SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree)
                    || place.IsImplicitlyDeclared
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
            private static void ReportRule(System.Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, ISymbol?[] places, int decidingIndex, ISymbol[] fixPlaces, string[] fixKinds, string name, string store, string? problem)
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

                report(Diagnostic.Create(descriptor, location, additional, Properties(usefulPlaces.ToArray(), usefulKinds.ToArray()), Arguments(name, store, problem)));
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

            private static object[] Arguments(string name, string store, string? problem) =>
                problem is null ? new object[] { name, store } : new object[] { name, store, problem };

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

            /// <summary>One declaration a store needs and the rule that reports it missing.</summary>
            private readonly struct Requirement
            {
                public Requirement(RequiredDeclaration kind, DiagnosticDescriptor descriptor)
                {
                    Kind = kind;
                    Descriptor = descriptor;
                }

                public RequiredDeclaration Kind { get; }

                public DiagnosticDescriptor Descriptor { get; }

                /// <summary>What is wrong, the message's third argument: GDPR013's missing, placeholder or malformed
                /// period; null for the purpose and the basis, whose messages say it themselves.</summary>
                public string? Problem(DeclarationModel.Status status, AttributeData? nearest)
                {
                    if (Kind != RequiredDeclaration.RetentionPeriod)
                    {
                        return null;
                    }

                    string? duration = nearest is { ConstructorArguments.Length: 1 } ? nearest.ConstructorArguments[0].Value as string : null;
                    return status == DeclarationModel.Status.Missing ? "without a retention period"
                        : !DeclarationModel.IsStatedPurpose(duration) ? $"with the placeholder retention period '{duration}'"
                        : $"with the retention period '{duration}', which is not an ISO 8601 duration such as P90D";
                }
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
