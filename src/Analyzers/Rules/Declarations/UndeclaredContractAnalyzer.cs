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
    /// <para>One proposal per contract and body: a method's return value is reported once, at the method's name, for its
    /// first return (in source order) that carries personal data; a parameter is reported once per calling method, at
    /// the first argument (in source order) of that method that carries personal data to it, whatever the number of calls.
    /// Each is local to the body it reads, so the IDE, the build and the code fix see the same diagnostics; the fix
    /// annotates the declaration wherever it is.</para>
    /// <para>Only at the boundaries the flow engine cannot see across (<see cref="ContractBoundaryModel.ContractOwner"/>):
    /// members visible outside the assembly, interface members and abstract members. A value returned by an override or
    /// an implementation is reported at that method and proposes the contract on the member it overrides or implements;
    /// a call of an override or implementation proposes it on that member too. Not reported: private and internal
    /// helpers (followed by method summaries), framework result wrappers and the results of controller actions, generic
    /// values, declared types that already say personal data, and the arguments of sinks and decisions.</para>
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UndeclaredContractAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: <see cref="KindReturn"/> or <see cref="KindParameter"/>; additional location 0 is
        /// the method or parameter declaration to annotate, 1 the value that crosses it.</summary>
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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                if (GdprOptions.SkipsDeclarations(start.Compilation, start.Options))
                {
                    return; // A test project's helpers are no boundary of the program (gdpr.declarations_in_test_projects).
                }

                var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                if (shared.Known.PersonalDataAttribute is null)
                {
                    return; // The fix writes our attribute: without the annotations library there is nothing to propose.
                }

                var state = new CompilationState(shared, new ContractBoundaryModel(shared.Known), shared.Known.AutomatedDecisionAttribute);
                start.RegisterOperationBlockStartAction(state.OnBlockStart);
            });
        }

        private sealed class CompilationState
        {
            private readonly PersonalDataModel model;
            private readonly PersonalDataFlow flow;
            private readonly UserModels user;
            private readonly ContractBoundaryModel boundaries;
            private readonly INamedTypeSymbol? automatedDecision;

            public CompilationState(SharedCompilationState shared, ContractBoundaryModel boundaries, INamedTypeSymbol? automatedDecision)
            {
                model = shared.Model;
                flow = shared.Flow;
                user = shared.Known.User;
                this.boundaries = boundaries;
                this.automatedDecision = automatedDecision;
            }

            /// <summary>Gathers a body's returns and its calls of methods at a boundary, then reports at the end of the
            /// body: once for its return value, once per parameter it passes personal data to.</summary>
            public void OnBlockStart(OperationBlockStartAnalysisContext context)
            {
                IMethodSymbol? method = context.OwningSymbol as IMethodSymbol;
                IMethodSymbol? owner = method is { MethodKind: MethodKind.Ordinary } ? boundaries.ContractOwner(method) : null;
                bool returns = owner != null && !model.ReturnsPersonalData(method!) && boundaries.CarriesValue(owner.ReturnType)
                    && !boundaries.IsFrameworkResult(owner.ReturnType) && !ContractBoundaryModel.IsGeneric(owner.ReturnType)
                    && !boundaries.IsEndpoint(method!) && !model.IsPersonalDataType(boundaries.Awaited(owner.ReturnType));

                var returned = new List<IReturnOperation>();
                var calls = new List<IInvocationOperation>();
                if (returns)
                {
                    context.RegisterOperationAction(
                        c =>
                        {
                            var operation = (IReturnOperation)c.Operation;
                            if (operation.ReturnedValue is { } value && !(operation.IsImplicit && value.Syntax is null)
                                && SymbolEqualityComparer.Default.Equals(EnclosingFunction(operation, c.ContainingSymbol), method))
                            {
                                lock (returned)
                                {
                                    returned.Add(operation);
                                }
                            }
                        },
                        OperationKind.Return,
                        OperationKind.YieldReturn);
                }

                context.RegisterOperationAction(
                    c =>
                    {
                        var invocation = (IInvocationOperation)c.Operation;
                        if (invocation.TargetMethod.MethodKind == MethodKind.Ordinary && invocation.Arguments.Length > 0
                            && boundaries.ContractOwner(invocation.TargetMethod.OriginalDefinition) != null)
                        {
                            lock (calls)
                            {
                                calls.Add(invocation);
                            }
                        }
                    },
                    OperationKind.Invocation);

                context.RegisterOperationBlockEndAction(c =>
                {
                    if (returns)
                    {
                        ReportReturn(c, method!, owner!, returned);
                    }

                    ReportParameters(c, calls);
                });
            }

            /// <summary>The return value: one diagnostic at the method's name, for its first return (in source order)
            /// that carries personal data.</summary>
            private void ReportReturn(OperationBlockAnalysisContext context, IMethodSymbol method, IMethodSymbol owner, List<IReturnOperation> returned)
            {
                if (!InCompilation(owner, context.Compilation))
                {
                    return;
                }

                returned.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
                var findings = new List<PersonalDataFinding>(1);
                foreach (IReturnOperation operation in returned)
                {
                    findings.Clear();
                    flow.Collect(operation.ReturnedValue, findings, context.CancellationToken);
                    foreach (PersonalDataFinding finding in findings)
                    {
                        if (finding.Provenance.IsCarried)
                        {
                            continue; // A whole object that carries personal data is described by its type, not a contract.
                        }

                        string crossing = "is returned by '" + owner.ContainingType?.Name + "." + owner.Name + "'"
                            + (SymbolEqualityComparer.Default.Equals(owner, method) ? "" : " (in '" + method.ContainingType?.Name + "')");
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.UndeclaredContract,
                            method.Locations[0],
                            new[] { owner.Locations[0], operation.ReturnedValue!.Syntax.GetLocation() },
                            ReturnProperties,
                            finding.Name,
                            crossing));
                        return;
                    }
                }
            }

            /// <summary>The parameters this body passes personal data to: one diagnostic per parameter, at the first such
            /// argument in source order.</summary>
            private void ReportParameters(OperationBlockAnalysisContext context, List<IInvocationOperation> calls)
            {
                if (calls.Count == 0)
                {
                    return;
                }

                calls.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
                var done = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
                var findings = new List<PersonalDataFinding>(1);
                foreach (IInvocationOperation invocation in calls)
                {
                    IMethodSymbol target = invocation.TargetMethod.OriginalDefinition;
                    if (boundaries.ContractOwner(target) is not { } owner || flow.IsRedaction(target) || IsSinkOrDecision(target))
                    {
                        continue;
                    }

                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        // The owner's parameter in the same position: an override or implementation keeps the order, not
                        // always the names.
                        if (argument.Parameter?.OriginalDefinition is not { } called || argument.ArgumentKind != ArgumentKind.Explicit
                            || called.Ordinal >= owner.Parameters.Length || owner.Parameters[called.Ordinal] is not { } parameter
                            || done.Contains(parameter) || !IsOpen(parameter) || !InCompilation(parameter, context.Compilation) || model.IsPersonalDataSymbol(called))
                        {
                            continue;
                        }

                        findings.Clear();
                        flow.Collect(argument.Value, findings, context.CancellationToken);
                        foreach (PersonalDataFinding finding in findings)
                        {
                            if (finding.Provenance.IsCarried)
                            {
                                continue;
                            }

                            done.Add(parameter);
                            context.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.UndeclaredContract,
                                finding.Operation.Syntax.GetLocation(),
                                new[] { parameter.Locations[0], argument.Value.Syntax.GetLocation() },
                                ParameterProperties,
                                finding.Name,
                                "is passed to parameter '" + parameter.Name + "' of '" + owner.ContainingType?.Name + "." + owner.Name + "'"));
                            break;
                        }
                    }
                }
            }

            /// <summary>Whether <paramref name="symbol"/> is declared in <paramref name="compilation"/>'s own source, not in
            /// another project's that an IDE gives as a compilation reference (a build gives that project as an assembly, and
            /// a diagnostic may not point into it).</summary>
            private static bool InCompilation(ISymbol symbol, Compilation compilation) =>
                symbol.Locations.Length > 0 && symbol.Locations[0].SourceTree is { } tree && compilation.ContainsSyntaxTree(tree);

            /// <summary>Whether a parameter may take a contract: declared in source, not already personal data, of a
            /// type that carries a value and says nothing by itself.</summary>
            private bool IsOpen(IParameterSymbol parameter) =>
                parameter.Locations.Length > 0 && parameter.Locations[0].IsInSource && !model.IsPersonalDataSymbol(parameter)
                && boundaries.CarriesValue(parameter.Type) && !boundaries.IsFrameworkResult(parameter.Type) && !ContractBoundaryModel.IsGeneric(parameter.Type)
                && !model.IsPersonalDataType(boundaries.Awaited(parameter.Type));

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
        }
    }
}
