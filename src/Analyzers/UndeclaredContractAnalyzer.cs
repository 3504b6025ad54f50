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
    /// other, like nullable annotations; the code fix adds it.
    /// </summary>
    /// <remarks>
    /// <para>One proposal per contract, at its declaration, where the fix writes it: a method's return value (at the
    /// method's name, naming its first return, in source order, that carries personal data) and each parameter (at the
    /// parameter, naming the first argument, in source order of the compilation's calls, that carries personal data),
    /// whatever the number of returns and calls.</para>
    /// <para>Only at the boundaries the flow engine cannot see across (<see cref="ContractBoundaryModel.ContractOwner"/>):
    /// members visible outside the assembly, interface members and abstract members. A value returned by an override or
    /// an implementation is reported at that method and proposes the contract on the member it overrides or implements.
    /// Not reported: private and internal helpers (followed by method summaries), framework result wrappers and the
    /// results of controller actions, generic values, declared types that already say personal data, and the arguments
    /// of sinks and decisions.</para>
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UndeclaredContractAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: <see cref="KindReturn"/> or <see cref="KindParameter"/>; additional location 0 is
        /// the method or parameter declaration to annotate, 1 the first value that crosses it.</summary>
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

                INamedTypeSymbol? automatedDecision = start.Compilation.GetTypeByMetadataName("GdprAnalyzers.Annotations.AutomatedDecisionAttribute");
                var state = new CompilationState(shared, new ContractBoundaryModel(start.Compilation), new CallSiteIndex(start.Compilation, start.CancellationToken), automatedDecision);
                start.RegisterOperationBlockAction(state.AnalyzeReturns);
                start.RegisterSymbolAction(state.AnalyzeParameters, SymbolKind.Method);
            });
        }

        private sealed class CompilationState
        {
            private readonly PersonalDataModel model;
            private readonly PersonalDataFlow flow;
            private readonly UserModels user;
            private readonly ContractBoundaryModel boundaries;
            private readonly CallSiteIndex calls;
            private readonly INamedTypeSymbol? automatedDecision;

            public CompilationState(SharedCompilationState shared, ContractBoundaryModel boundaries, CallSiteIndex calls, INamedTypeSymbol? automatedDecision)
            {
                model = shared.Model;
                flow = shared.Flow;
                user = shared.Known.User;
                this.boundaries = boundaries;
                this.calls = calls;
                this.automatedDecision = automatedDecision;
            }

            /// <summary>The return value of a method: one diagnostic at its name, for its first return (in source order)
            /// that carries personal data.</summary>
            public void AnalyzeReturns(OperationBlockAnalysisContext context)
            {
                if (context.OwningSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
                    || boundaries.ContractOwner(method) is not { } owner || model.ReturnsPersonalData(method) || !boundaries.CarriesValue(owner.ReturnType)
                    || boundaries.IsFrameworkResult(owner.ReturnType) || ContractBoundaryModel.IsGeneric(owner.ReturnType) || boundaries.IsEndpoint(method)
                    || model.IsPersonalDataType(boundaries.Awaited(owner.ReturnType)))
                {
                    return;
                }

                var returns = new List<IReturnOperation>();
                foreach (IOperation block in context.OperationBlocks)
                {
                    CollectReturns(block, returns);
                }

                returns.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
                var findings = new List<PersonalDataFinding>(1);
                foreach (IReturnOperation returned in returns)
                {
                    findings.Clear();
                    flow.Collect(returned.ReturnedValue, findings, context.CancellationToken);
                    foreach (PersonalDataFinding finding in findings)
                    {
                        if (finding.Provenance.StartsWith(" (it carries", System.StringComparison.Ordinal))
                        {
                            continue; // A whole object that carries personal data is described by its type, not a contract.
                        }

                        string crossing = "is returned by '" + owner.ContainingType?.Name + "." + owner.Name + "'"
                            + (SymbolEqualityComparer.Default.Equals(owner, method) ? "" : " (in '" + method.ContainingType?.Name + "')");
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.UndeclaredContract,
                            method.Locations[0],
                            new[] { owner.Locations[0], returned.ReturnedValue!.Syntax.GetLocation() },
                            ReturnProperties,
                            finding.Name,
                            crossing));
                        return;
                    }
                }
            }

            /// <summary>The parameters of a method that owns its contract: one diagnostic per parameter, at its
            /// declaration, for the first argument (in source order of the compilation's calls) that carries personal
            /// data to it, through a call of the method or of an override or implementation of it.</summary>
            public void AnalyzeParameters(SymbolAnalysisContext context)
            {
                var method = (IMethodSymbol)context.Symbol;
                if (method.Parameters.IsEmpty || method.MethodKind != MethodKind.Ordinary
                    || !SymbolEqualityComparer.Default.Equals(boundaries.ContractOwner(method), method)
                    || flow.IsRedaction(method) || IsSinkOrDecision(method))
                {
                    return;
                }

                var open = new List<IParameterSymbol>(method.Parameters.Length);
                var isOpen = new bool[method.Parameters.Length];
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (parameter.Locations.Length > 0 && parameter.Locations[0].IsInSource && !model.IsPersonalDataSymbol(parameter)
                        && boundaries.CarriesValue(parameter.Type) && !boundaries.IsFrameworkResult(parameter.Type) && !ContractBoundaryModel.IsGeneric(parameter.Type)
                        && !model.IsPersonalDataType(boundaries.Awaited(parameter.Type)))
                    {
                        open.Add(parameter);
                        isOpen[parameter.Ordinal] = true;
                    }
                }

                if (open.Count == 0)
                {
                    return;
                }

                var found = new Dictionary<int, (PersonalDataFinding Finding, IArgumentOperation Argument)>();
                var findings = new List<PersonalDataFinding>(1);
                foreach (Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call in calls.CallsNamed(method.Name))
                {
                    if (found.Count == open.Count)
                    {
                        break;
                    }

                    if (calls.Bind(call, context.CancellationToken) is not { } invocation
                        || invocation.TargetMethod.OriginalDefinition is not { } target
                        || !SymbolEqualityComparer.Default.Equals(boundaries.ContractOwner(target), method)
                        || flow.IsRedaction(target) || IsSinkOrDecision(target))
                    {
                        continue;
                    }

                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        // The parameter in the same position: an override or implementation keeps the order, not always
                        // the names.
                        if (argument.Parameter?.OriginalDefinition is not { } called || argument.ArgumentKind != ArgumentKind.Explicit
                            || called.Ordinal >= method.Parameters.Length || found.ContainsKey(called.Ordinal)
                            || !isOpen[called.Ordinal] || model.IsPersonalDataSymbol(called))
                        {
                            continue;
                        }

                        findings.Clear();
                        flow.Collect(argument.Value, findings, context.CancellationToken);
                        foreach (PersonalDataFinding finding in findings)
                        {
                            if (finding.Provenance.StartsWith(" (it carries", System.StringComparison.Ordinal))
                            {
                                continue;
                            }

                            found[called.Ordinal] = (finding, argument);
                            break;
                        }
                    }
                }

                foreach (IParameterSymbol parameter in open)
                {
                    if (!found.TryGetValue(parameter.Ordinal, out (PersonalDataFinding Finding, IArgumentOperation Argument) first))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UndeclaredContract,
                        parameter.Locations[0],
                        new[] { parameter.Locations[0], first.Argument.Value.Syntax.GetLocation() },
                        ParameterProperties,
                        first.Finding.Name,
                        "is passed to parameter '" + parameter.Name + "' of '" + method.ContainingType?.Name + "." + method.Name + "'"));
                }
            }

            /// <summary>A method that the other rules already treat as where personal data ends up (a log or storage sink
            /// or a decision of the models file, an <c>[AutomatedDecision]</c> method): GDPR001 to GDPR004 report the
            /// argument there, and a contract would add nothing.</summary>
            private bool IsSinkOrDecision(IMethodSymbol method)
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

            /// <summary>The returns of a method's own body, not those of its lambdas and local functions (a loop with
            /// a stack: an operation tree may be as deep as a long string concatenation).</summary>
            private static void CollectReturns(IOperation block, List<IReturnOperation> returns)
            {
                var pending = new Stack<IOperation>();
                pending.Push(block);
                while (pending.Count > 0)
                {
                    IOperation operation = pending.Pop();
                    if (operation is IReturnOperation { ReturnedValue: { } value } returned && !(returned.IsImplicit && value.Syntax is null))
                    {
                        returns.Add(returned);
                    }

                    foreach (IOperation child in operation.ChildOperations)
                    {
                        if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                        {
                            pending.Push(child);
                        }
                    }
                }
            }
        }
    }
}
