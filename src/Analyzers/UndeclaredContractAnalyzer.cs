using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR007 (Info): personal data is returned by a method of this compilation without <c>[return: PersonalData]</c>, or
    /// passed to a parameter of one without <c>[PersonalData]</c>. The contract lets callers and callees rely on each
    /// other, like nullable annotations; the code fix adds it. Reported at the returned value or the argument.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UndeclaredContractAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: <see cref="KindReturn"/> or <see cref="KindParameter"/>; additional location 0 is
        /// the method or parameter declaration to annotate.</summary>
        public const string KindProperty = "Contract";

        /// <summary>The return value needs <c>[return: PersonalData]</c>.</summary>
        public const string KindReturn = "Return";

        /// <summary>The parameter needs <c>[PersonalData]</c>.</summary>
        public const string KindParameter = "Parameter";

        private static readonly ImmutableDictionary<string, string?> ReturnProperties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, KindReturn);
        private static readonly ImmutableDictionary<string, string?> ParameterProperties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, KindParameter);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UndeclaredContract);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                if (shared.Known.PersonalDataAttribute is null)
                {
                    return; // The fix writes our attribute: without the annotations library there is nothing to propose.
                }

                PersonalDataModel model = shared.Model;
                PersonalDataFlow flow = shared.Flow;
                start.RegisterOperationAction(c => AnalyzeReturn(c, model, flow), OperationKind.Return);
                INamedTypeSymbol? automatedDecision = start.Compilation.GetTypeByMetadataName("GdprAnalyzers.Annotations.AutomatedDecisionAttribute");
                start.RegisterOperationAction(c => AnalyzeCall(c, model, flow, shared.Known.User, automatedDecision), OperationKind.Invocation);
            });
        }

        private static void AnalyzeReturn(OperationAnalysisContext context, PersonalDataModel model, PersonalDataFlow flow)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is not { } value || returned.IsImplicit && value is not { Syntax: { } }
                || EnclosingFunction(returned, context.ContainingSymbol) is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
                || !IsDeclarable(method) || model.ReturnsPersonalData(method) || !CarriesValue(method.ReturnType))
            {
                return;
            }

            var findings = new List<PersonalDataFinding>(1);
            flow.Collect(value, findings, context.CancellationToken);
            foreach (PersonalDataFinding finding in findings)
            {
                if (finding.Provenance.IsCarried)
                {
                    continue; // A whole object that carries personal data is described by its type, not a contract.
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UndeclaredContract,
                    finding.Operation.Syntax.GetLocation(),
                    new[] { method.Locations[0] },
                    ReturnProperties,
                    finding.Name,
                    "is returned by '" + method.ContainingType?.Name + "." + method.Name + "'"));
                return;
            }
        }

        private static void AnalyzeCall(OperationAnalysisContext context, PersonalDataModel model, PersonalDataFlow flow, UserModels user, INamedTypeSymbol? automatedDecision)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol target = invocation.TargetMethod.OriginalDefinition;
            if (target.MethodKind != MethodKind.Ordinary || !IsDeclarable(target) || flow.IsRedaction(target)
                || IsSinkOrDecision(target, user, automatedDecision))
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.OriginalDefinition is not { } parameter || parameter.Locations.Length == 0 || !parameter.Locations[0].IsInSource
                    || model.IsPersonalDataSymbol(parameter) || !CarriesValue(parameter.Type) || argument.ArgumentKind != ArgumentKind.Explicit)
                {
                    continue;
                }

                var findings = new List<PersonalDataFinding>(1);
                flow.Collect(argument.Value, findings, context.CancellationToken);
                foreach (PersonalDataFinding finding in findings)
                {
                    if (finding.Provenance.IsCarried)
                    {
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UndeclaredContract,
                        finding.Operation.Syntax.GetLocation(),
                        new[] { parameter.Locations[0] },
                        ParameterProperties,
                        finding.Name,
                        "is passed to parameter '" + parameter.Name + "' of '" + target.ContainingType?.Name + "." + target.Name + "'"));
                    break;
                }
            }
        }

        /// <summary>A method that the other rules already treat as where personal data ends up (a log or storage sink or a
        /// decision of the models file, an <c>[AutomatedDecision]</c> method): GDPR001 to GDPR004 report the argument there,
        /// and a contract would add nothing.</summary>
        private static bool IsSinkOrDecision(IMethodSymbol method, UserModels user, INamedTypeSymbol? automatedDecision)
        {
            if (user.IsLogSink(method) || user.IsStorageSink(method) || user.IsDecision(method))
            {
                return true;
            }

            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (automatedDecision != null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, automatedDecision))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A method of this compilation whose contract a person can write: in source, not an override or
        /// interface implementation (the contract belongs on the base), not generated by the compiler.</summary>
        private static bool IsDeclarable(IMethodSymbol method) =>
            method.Locations.Length > 0 && method.Locations[0].IsInSource && !method.IsImplicitlyDeclared
            && method.OverriddenMethod is null && method.ExplicitInterfaceImplementations.IsEmpty && method.CanBeReferencedByName;

        private static ISymbol? EnclosingFunction(IOperation operation, ISymbol containingSymbol)
        {
            for (IOperation? current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation anonymous)
                {
                    return anonymous.Symbol;
                }

                if (current is ILocalFunctionOperation local)
                {
                    return local.Symbol;
                }

                if (current is IMethodBodyOperation or IBlockOperation { Parent: null })
                {
                    break;
                }
            }

            return containingSymbol;
        }

        private static bool CarriesValue(ITypeSymbol type) =>
            type.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Void) && type.TypeKind != TypeKind.Enum
            && type.TypeKind != TypeKind.Delegate;
    }
}
