using System.Collections.Generic;
using System.Collections.Immutable;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR004: personal data flows into an automated decision without human review (GDPR Art. 22(1), (3)). Decisions:
    /// methods marked <c>[AutomatedDecision]</c> (and their overrides and implementations); ML.NET
    /// <c>PredictionEngine&lt;,&gt;.Predict</c> and Microsoft.Extensions.ML <c>PredictionEnginePool&lt;,&gt;.Predict</c>;
    /// inside a method marked <c>[AutomatedDecision]</c>, Microsoft.Extensions.AI <c>IChatClient.GetResponseAsync</c> and
    /// <c>GetStreamingResponseAsync</c>. Reviewed: <c>[HumanReview]</c> on the calling method, its type or the decision
    /// method; a decision passed to <c>PendingDecision.Hold</c>; an Art. 22(2)(b) exemption (authorised by law) with a
    /// reason. GDPR008: an exemption declared without a reason.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AutomatedDecisionAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: whether the decision can be wrapped in <c>PendingDecision.Hold(...).Outcome</c>
        /// (additional location 0 is then the expression to wrap); "true" or "false".</summary>
        public const string CanRouteProperty = "CanRoute";

        /// <summary>Diagnostic property: the calling method's display name, for "Mark as reviewed" (additional location 1
        /// is its declaration); absent when the caller cannot carry an attribute.</summary>
        public const string CallerProperty = "Caller";

        private const int AuthorisedByLaw = 2;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.AutomatedDecisionWithoutReview, Descriptors.ExemptionWithoutReason);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            Register(context, SourceKind.PersonalData);
        }

        /// <summary>Registers the decision analysis for the rule's kind of source (<paramref name="sources"/>): marked
        /// personal data (GDPR004, with GDPR008) or, with the option on, probable personal data (GDPR104).</summary>
        internal static void Register(AnalysisContext context, SourceKind sources) =>
            ProbableSources.RegisterCompilationStart(context, sources, OnCompilationStart);

        private static void OnCompilationStart(CompilationStartAnalysisContext context, bool probable)
        {
            var shared = SharedCompilationState.Get(context.Compilation, context.Options, context.CancellationToken);
            var state = new CompilationState(shared, probable, ProcessingFactsRecorder.In(context.Options));
            if (state.Known.AutomatedDecisionAttribute != null && !probable)
            {
                context.RegisterSymbolAction(state.AnalyzeExemption, SymbolKind.Method);
            }

            if (state.HasAnyDecision && state.Known.HasAnyPersonalDataMarker)
            {
                context.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
            }
        }

        private sealed class CompilationState
        {
            private readonly PersonalDataFlow flow;
            private readonly ProbableSources? probable;
            private readonly DiagnosticDescriptor descriptor;

            /// <summary>Where the facts go for a host that asked for them (null in compiler builds).</summary>
            private readonly ProcessingFactsRecorder? recorder;

            private readonly PersonalDataModel model;

            public CompilationState(SharedCompilationState shared, bool probable, ProcessingFactsRecorder? recorder)
            {
                this.recorder = recorder;
                Known = shared.Known;
                this.probable = probable ? new ProbableSources(shared, honourLogExclusions: false) : null;
                descriptor = probable ? Descriptors.ProbableAutomatedDecisionWithoutReview : Descriptors.AutomatedDecisionWithoutReview;
                flow = this.probable?.Flow ?? shared.Flow;
                model = this.probable?.Model ?? shared.Model;
            }

            public KnownSymbols Known { get; }

            public bool HasAnyDecision => Known.AutomatedDecisionAttribute != null || Known.MLPredictionEngineBase != null || Known.MLPredictionEnginePool != null || !Known.User.IsEmpty;

            /// <summary>GDPR008 on <c>[AutomatedDecision(Exemption = ...)]</c> without a stated reason.</summary>
            public void AnalyzeExemption(SymbolAnalysisContext context)
            {
                foreach (AttributeData attribute in context.Symbol.GetAttributes())
                {
                    if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Known.AutomatedDecisionAttribute))
                    {
                        continue;
                    }

                    int exemption = 0;
                    string? reason = null;
                    string exemptionName = string.Empty;
                    foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                    {
                        if (argument.Key == "Exemption" && argument.Value.Value is int value)
                        {
                            exemption = value;
                            exemptionName = argument.Value.Type is INamedTypeSymbol enumType ? EnumMemberName(enumType, value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        }
                        else if (argument.Key == "Reason")
                        {
                            reason = argument.Value.Value as string;
                        }
                    }

                    if (exemption != 0 && !DeclarationModel.IsStatedPurpose(reason) && attribute.ApplicationSyntaxReference is { } syntax)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.ExemptionWithoutReason,
                            Location.Create(syntax.SyntaxTree, syntax.Span),
                            exemptionName,
                            context.Symbol.ContainingType?.Name + "." + context.Symbol.Name));
                    }
                }
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                IMethodSymbol? caller = context.ContainingSymbol as IMethodSymbol;
                string? decisionName = DecisionName(invocation, caller, out IMethodSymbol? decisionMethod);
                if (decisionName is null)
                {
                    return;
                }

                // A reviewed decision is looked into only for a host that asked for facts (the record lists it).
                bool reviewed = IsReviewed(caller, decisionMethod) || IsRoutedThroughReview(invocation);
                if (reviewed && (recorder is null || probable != null))
                {
                    return;
                }

                List<PersonalDataFinding>? findings = null;
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter is null || SymbolEqualityComparer.Default.Equals(argument.Parameter.Type, Known.CancellationToken)
                        || argument.Parameter.Name == "options")
                    {
                        continue;
                    }

                    findings ??= new List<PersonalDataFinding>();
                    flow.Collect(argument.Value, findings, context.CancellationToken);
                }

                if (findings != null)
                {
                    probable?.RemoveAnnotated(findings, context.CancellationToken);
                }

                if (findings is null || findings.Count == 0)
                {
                    return;
                }

                if (reviewed)
                {
                    Record(findings, decisionName, reviewed: true);
                    return;
                }

                IOperation routeTarget = invocation;
                if (invocation.Parent is IAwaitOperation awaited)
                {
                    routeTarget = awaited;
                }

                // Routing keeps the expression's type, so uses compile; not where the result is discarded (a statement of
                // its own), is a task not awaited here, or is a stream.
                bool canRoute = routeTarget.Type is { SpecialType: not SpecialType.System_Void } type
                    && (routeTarget is IAwaitOperation || !IsAwaitable(type))
                    && routeTarget.Parent is not IExpressionStatementOperation
                    && !IsInConditionalAccess(routeTarget)
                    && Known.PendingDecision != null;
                var additional = new List<Location> { routeTarget.Syntax.GetLocation() };
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(CanRouteProperty, canRoute ? "true" : "false");
                if (caller is { MethodKind: MethodKind.Ordinary, CanBeReferencedByName: true } && caller.Locations.Length > 0 && caller.Locations[0].IsInSource
                    && Known.HumanReviewAttribute != null)
                {
                    additional.Add(caller.Locations[0]);
                    properties = properties.Add(CallerProperty, caller.ContainingType?.Name + "." + caller.Name);
                }

                foreach (PersonalDataFinding finding in findings)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        descriptor,
                        finding.Operation.Syntax.GetLocation(),
                        additional,
                        properties,
                        finding.Name,
                        decisionName));
                }

                Record(findings, decisionName, reviewed: false);
            }

            /// <summary>Records the personal data a decision uses, for a host that asked for facts.</summary>
            private void Record(List<PersonalDataFinding> findings, string decisionName, bool reviewed)
            {
                if (recorder is null)
                {
                    return;
                }

                foreach (PersonalDataFinding finding in findings)
                {
                    recorder.Record(new ProcessingFact(
                        ProcessingKind.AutomatedDecision,
                        finding.Name,
                        model.CategoryOf(finding.Origin),
                        decisionName,
                        purpose: null,
                        lawfulBasis: null,
                        humanReview: reviewed,
                        reviewed ? ImmutableArray<string>.Empty : ImmutableArray.Create(descriptor.Id),
                        finding.Operation.Syntax.GetLocation(),
                        item: PersonalDataInventory.ItemName(finding.Origin)));
                }
            }

            /// <summary>The decision's display name, or null when the call is not a decision.</summary>
            private string? DecisionName(IInvocationOperation invocation, IMethodSymbol? caller, out IMethodSymbol? decisionMethod)
            {
                IMethodSymbol method = invocation.TargetMethod;
                decisionMethod = null;
                INamedTypeSymbol? type = method.ContainingType;
                if (type is null)
                {
                    return null;
                }

                if (method.Name == "Predict" && (SymbolRelations.DerivesFrom(type, Known.MLPredictionEngineBase) || SymbolRelations.DerivesFrom(type, Known.MLPredictionEnginePool)))
                {
                    return (invocation.Instance?.Type?.Name ?? type.Name) + ".Predict";
                }

                if ((method.Name == "GetResponseAsync" || method.Name == "GetStreamingResponseAsync")
                    && Known.AIChatClient != null
                    && (SymbolRelations.Implements(type, Known.AIChatClient) || SymbolEqualityComparer.Default.Equals(type, Known.AIChatClientExtensions))
                    && caller != null && FindDecisionAttribute(caller) != null)
                {
                    return "IChatClient." + method.Name;
                }

                if (FindDecisionAttribute(method) != null || Known.User.IsDecision(method))
                {
                    decisionMethod = method;
                    return type.Name + "." + method.Name;
                }

                return null;
            }

            /// <summary>The <c>[AutomatedDecision]</c> on the method, a method it overrides, or an interface member it implements.</summary>
            private AttributeData? FindDecisionAttribute(IMethodSymbol method)
            {
                if (Known.AutomatedDecisionAttribute is null)
                {
                    return null;
                }

                for (IMethodSymbol? current = method.ReducedFrom ?? method; current != null; current = current.OverriddenMethod)
                {
                    if (Find(current, Known.AutomatedDecisionAttribute) is { } found)
                    {
                        return found;
                    }
                }

                INamedTypeSymbol? type = method.ContainingType;
                if (type != null && method.MethodKind == MethodKind.Ordinary && !method.IsStatic)
                {
                    foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                    {
                        foreach (ISymbol member in @interface.GetMembers(method.Name))
                        {
                            if (member is IMethodSymbol interfaceMethod
                                && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMethod), method)
                                && Find(interfaceMethod, Known.AutomatedDecisionAttribute) is { } found)
                            {
                                return found;
                            }
                        }
                    }
                }

                return null;
            }

            private bool IsReviewed(IMethodSymbol? caller, IMethodSymbol? decisionMethod)
            {
                if (Known.HumanReviewAttribute != null)
                {
                    // The caller, its overridden methods, its containing types and their base types.
                    for (ISymbol? current = caller; current != null && current is not INamespaceSymbol; current = current.ContainingSymbol)
                    {
                        if (HasReview(current))
                        {
                            return true;
                        }
                    }

                    // The decision method, what it overrides or implements, and its type.
                    if (decisionMethod != null && (HasReview(decisionMethod) || HasReview(decisionMethod.ContainingType)
                        || FindOnInterfaces(decisionMethod, Known.HumanReviewAttribute) != null))
                    {
                        return true;
                    }
                }

                // Art. 22(2)(b): authorised by law, with a reason. (a) and (c) still need human intervention (Art. 22(3)).
                AttributeData? decision = decisionMethod != null ? FindDecisionAttribute(decisionMethod) : caller != null ? FindDecisionAttribute(caller) : null;
                return decision != null && IsAuthorisedByLawWithReason(decision);
            }

            private bool HasReview(ISymbol? symbol)
            {
                for (ISymbol? current = symbol; current != null; current = current switch
                {
                    IMethodSymbol method => method.OverriddenMethod,
                    INamedTypeSymbol type => type.BaseType,
                    _ => null,
                })
                {
                    if (Find(current, Known.HumanReviewAttribute!) != null)
                    {
                        return true;
                    }
                }

                return false;
            }

            private static AttributeData? FindOnInterfaces(IMethodSymbol method, INamedTypeSymbol attributeType)
            {
                INamedTypeSymbol? type = method.ContainingType;
                if (type is null || method.IsStatic)
                {
                    return null;
                }

                foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                {
                    foreach (ISymbol member in @interface.GetMembers(method.Name))
                    {
                        if (member is IMethodSymbol interfaceMethod
                            && (SymbolEqualityComparer.Default.Equals(member, method)
                                || SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMethod), method))
                            && Find(interfaceMethod, attributeType) is { } found)
                        {
                            return found;
                        }
                    }
                }

                return null;
            }

            private static bool IsAuthorisedByLawWithReason(AttributeData attribute)
            {
                bool byLaw = false;
                string? reason = null;
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Exemption")
                    {
                        byLaw = argument.Value.Value is int value && value == AuthorisedByLaw;
                    }
                    else if (argument.Key == "Reason")
                    {
                        reason = argument.Value.Value as string;
                    }
                }

                return byLaw && DeclarationModel.IsStatedPurpose(reason);
            }

            /// <summary>Whether the decision's result goes straight into <c>PendingDecision.Hold</c>.</summary>
            private bool IsRoutedThroughReview(IInvocationOperation invocation)
            {
                if (Known.PendingDecision is null)
                {
                    return false;
                }

                // A decision method that already returns a held decision routes inside.
                if (invocation.TargetMethod.ReturnType is INamedTypeSymbol returned && IsPendingDecision(returned))
                {
                    return true;
                }

                // Climb from the decision through what still is its result: conversions, await, ConfigureAwait, members
                // of the result, calls on it (ToChatResponseAsync), until it is (or is not) an argument of Hold.
                IOperation current = invocation;
                for (int step = 0; step < 8 && current.Parent != null; step++)
                {
                    IOperation parent = current.Parent;
                    switch (parent)
                    {
                        case IConversionOperation:
                        case IAwaitOperation:
                        case IPropertyReferenceOperation { Instance: { } } when ((IPropertyReferenceOperation)parent).Instance == current:
                        case IFieldReferenceOperation { Instance: { } } when ((IFieldReferenceOperation)parent).Instance == current:
                        case IInvocationOperation { Instance: { } } when ((IInvocationOperation)parent).Instance == current:
                            current = parent;
                            continue;
                        case IArgumentOperation { Parent: IInvocationOperation call } argument:
                            if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, Known.PendingDecision))
                            {
                                // Held, unless the code goes on to act on the unreviewed proposal.
                                return call.Parent is not IPropertyReferenceOperation { Property.Name: "Proposed" or "ProposedValue" };
                            }

                            if (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument)
                            {
                                current = call;
                                continue;
                            }

                            return false;
                        default:
                            return false;
                    }
                }

                return false;
            }

            private bool IsPendingDecision(INamedTypeSymbol type)
            {
                for (INamedTypeSymbol? current = type; current != null; current = current.TypeArguments.Length == 1 && current.TypeArguments[0] is INamedTypeSymbol inner ? inner : null)
                {
                    if (current.Name == "PendingDecision" && SymbolEqualityComparer.Default.Equals(current.ContainingNamespace, Known.PendingDecision!.ContainingNamespace))
                    {
                        return true;
                    }

                    if (current.Name is not ("Task" or "ValueTask"))
                    {
                        return false;
                    }
                }

                return false;
            }

            private static AttributeData? Find(ISymbol? symbol, INamedTypeSymbol attributeType)
            {
                if (symbol is null)
                {
                    return null;
                }

                foreach (AttributeData attribute in symbol.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                    {
                        return attribute;
                    }
                }

                return null;
            }

            /// <summary>Whether the decision is the tail of a conditional access (<c>engine?.Predict(row)</c>): wrapping it
            /// alone would cut it from its <c>?.</c>.</summary>
            private static bool IsInConditionalAccess(IOperation operation)
            {
                for (IOperation? current = operation.Parent; current != null; current = current.Parent)
                {
                    if (current is IConditionalAccessOperation)
                    {
                        return true;
                    }

                    if (current is IBlockOperation or IExpressionStatementOperation or IReturnOperation or IArgumentOperation)
                    {
                        return false;
                    }
                }

                return false;
            }

            private static bool IsAwaitable(ITypeSymbol type) =>
                type.Name is "Task" or "ValueTask" or "IAsyncEnumerable" && type.ContainingNamespace?.ToDisplayString() is "System.Threading.Tasks" or "System.Collections.Generic";

            private static string EnumMemberName(INamedTypeSymbol enumType, int value)
            {
                foreach (ISymbol member in enumType.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is int constant && constant == value)
                    {
                        return field.Name;
                    }
                }

                return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }


        }
    }
}
