using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR005: a property, field or parameter whose name or type says personal data carries no annotation (GDPR Art.
    /// 4(1) personal data, Art. 30(1)(c) categories in the record of processing, Art. 25 data protection by design). The
    /// diagnostic sits on the identifier and names the category; the code fix adds <c>[PersonalData(category)]</c>.
    /// </summary>
    /// <remarks>
    /// <para>Names are classified by <see cref="PersonalDataNames"/>; types by kind (a <c>bool</c>, an enum or a count
    /// is not personal data unless it is special category data) and by name (<c>System.Net.IPAddress</c>,
    /// <c>MailAddress</c>, value objects such as <c>EmailAddress</c> or <c>Iban</c>).</para>
    /// <para>Not reported: anything already personal data for <see cref="PersonalDataModel"/> (marked itself, by its
    /// type, through an overridden or implemented member, or as a positional record property); members of a type marked
    /// as a whole; declarations with Microsoft.Extensions.Compliance's <c>[NoDataClassification]</c> (an explicit "not
    /// personal data"); overrides and implementations of members declared in source (the finding is on the base
    /// declaration); constants, enum members, indexers, accessors, operators; parameters of lambdas and local functions
    /// (implementation details whose values come from parameters and members that are reported); generated code.</para>
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbablePersonalDataAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the <c>PersonalDataCategory</c> member the code fix writes (<c>Contact</c>, ...).</summary>
        public const string CategoryProperty = "Category";

        private static readonly ImmutableDictionary<ProbableCategory, ImmutableDictionary<string, string?>> Properties = CreateProperties();

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProbablePersonalData);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        /// <summary>The words the message uses for a category: <c>contact</c>, <c>online identifier</c>, ...</summary>
        internal static string CategoryText(ProbableCategory category) => category switch
        {
            ProbableCategory.Contact => "contact",
            ProbableCategory.Identity => "identity",
            ProbableCategory.Financial => "financial",
            ProbableCategory.OnlineIdentifier => "online identifier",
            ProbableCategory.CustomerNumber => "customer number",
            ProbableCategory.Vehicle => "vehicle",
            ProbableCategory.SpecialCategory => "special category",
            _ => "personal data",
        };

        private static ImmutableDictionary<ProbableCategory, ImmutableDictionary<string, string?>> CreateProperties()
        {
            var builder = ImmutableDictionary.CreateBuilder<ProbableCategory, ImmutableDictionary<string, string?>>();
            foreach (ProbableCategory category in new[]
            {
                ProbableCategory.Contact, ProbableCategory.Identity, ProbableCategory.Financial, ProbableCategory.OnlineIdentifier,
                ProbableCategory.CustomerNumber, ProbableCategory.Vehicle, ProbableCategory.SpecialCategory,
            })
            {
                builder.Add(category, ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.ToString()));
            }

            return builder.ToImmutable();
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            if (GdprOptions.SkipsDeclarations(context.Compilation, context.Options))
            {
                return; // A test project's fixtures are synthetic (gdpr.declarations_in_test_projects).
            }

            var shared = SharedCompilationState.Get(context.Compilation, context.Options, context.CancellationToken);
            if (shared.Known.PersonalDataAttribute is null)
            {
                return; // Without the annotations library there is nothing to mark with.
            }

            var state = new CompilationState(shared.ProbableClassifier, shared.Model);
            context.RegisterSymbolAction(state.AnalyzeProperty, SymbolKind.Property);
            context.RegisterSymbolAction(state.AnalyzeField, SymbolKind.Field);
            context.RegisterSymbolAction(state.AnalyzeMethod, SymbolKind.Method);
        }

        private sealed class CompilationState
        {
            private readonly ProbablePersonalDataClassifier classifier;
            private readonly PersonalDataModel model;

            public CompilationState(ProbablePersonalDataClassifier classifier, PersonalDataModel model)
            {
                this.classifier = classifier;
                this.model = model;
            }

            public void AnalyzeProperty(SymbolAnalysisContext context)
            {
                var property = (IPropertySymbol)context.Symbol;
                if (property.IsImplicitlyDeclared || property.IsIndexer || !SymbolRelations.IsInSource(property)
                    || classifier.Classify(property.Name, property.Type, property.ContainingType) is not { } category)
                {
                    return;
                }

                if (ProbablePersonalDataClassifier.IsPositionalRecordProperty(property, context.CancellationToken)
                    || ProbablePersonalDataClassifier.ImplementsOrOverridesSourceMember(property)
                    || classifier.IsMarkedOrInMarkedType(property, property.ContainingType)
                    || ProbablePersonalDataClassifier.HoldsNoPersonsValue(property, context.CancellationToken))
                {
                    return;
                }

                Report(context, property.Locations[0], property.ContainingType.Name + "." + property.Name, category);
            }

            public void AnalyzeField(SymbolAnalysisContext context)
            {
                var field = (IFieldSymbol)context.Symbol;
                if (field.IsImplicitlyDeclared || field.IsConst || field.AssociatedSymbol != null || !SymbolRelations.IsInSource(field)
                    || field.ContainingType is not { TypeKind: not TypeKind.Enum } containing
                    || classifier.Classify(field.Name, field.Type, containing) is not { } category)
                {
                    return;
                }

                if (classifier.IsMarkedOrInMarkedType(field, containing) || ProbablePersonalDataClassifier.HoldsNoPersonsValue(field, context.CancellationToken))
                {
                    return;
                }

                Report(context, field.Locations[0], containing.Name + "." + field.Name, category);
            }

            public void AnalyzeMethod(SymbolAnalysisContext context)
            {
                var method = (IMethodSymbol)context.Symbol;
                if (method.Parameters.IsEmpty || method.IsImplicitlyDeclared || method.PartialDefinitionPart != null
                    || (method.MethodKind != MethodKind.Ordinary && method.MethodKind != MethodKind.Constructor
                        && method.MethodKind != MethodKind.ExplicitInterfaceImplementation))
                {
                    return;
                }

                INamedTypeSymbol containing = method.ContainingType;
                bool? inheritsFromSource = null;
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (parameter.IsImplicitlyDeclared || parameter.Name.Length == 0 || parameter.Name == "_" || !SymbolRelations.IsInSource(parameter)
                        || classifier.Classify(parameter.Name, parameter.Type, containing) is not { } category)
                    {
                        continue;
                    }

                    // The finding belongs on the base or interface declaration when that is in source.
                    inheritsFromSource ??= ProbablePersonalDataClassifier.ImplementsOrOverridesSourceMember(method);
                    if (inheritsFromSource.Value || classifier.IsMarkedOrInMarkedType(parameter, containing))
                    {
                        continue;
                    }

                    IPropertySymbol? recordProperty = ProbablePersonalDataClassifier.PositionalProperty(method, parameter);
                    if (recordProperty != null && model.IsPersonalDataSymbol(recordProperty))
                    {
                        continue; // [property: PersonalData] on the parameter marks the property.
                    }

                    string display = recordProperty != null
                        ? containing.Name + "." + parameter.Name
                        : method.MethodKind == MethodKind.Constructor
                            ? containing.Name + "(" + parameter.Name + ")"
                            : containing.Name + "." + method.Name + "(" + parameter.Name + ")";
                    Report(context, parameter.Locations[0], display, category);
                }
            }

            private static void Report(SymbolAnalysisContext context, Location location, string display, ProbableCategory category)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ProbablePersonalData,
                    location,
                    Properties[category],
                    display,
                    CategoryText(category)));
            }
        }
    }
}
