using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// What a method of this compilation does with its parameters, computed lazily from its body and cached per
    /// compilation: which parameters flow into its return value (and into its <c>out</c> and <c>ref</c> parameters, and
    /// which of those it assigns personal data whatever the arguments), and which reach a sink (directly or through callees, up
    /// to <see cref="MaxDepth"/> calls deep). Lets the rules follow personal data through helper methods and logger
    /// wrappers without annotations. Interface and abstract calls are followed into the compilation's only
    /// implementation. Methods with more than 64 parameters, and recursion, are summarised as doing nothing.
    /// </summary>
    internal sealed class MethodSummaries
    {
        /// <summary>How many calls deep a sink is followed from the call site.</summary>
        public const int MaxDepth = 3;

        [ThreadStatic]
        private static HashSet<IMethodSymbol>? inProgress;

        [ThreadStatic]
        private static int cuts;

        private readonly Compilation compilation;
        private readonly PersonalDataFlow flow;
        private readonly Func<IInvocationOperation, string?>? sinkName;
        private readonly Func<IInvocationOperation, IArgumentOperation, bool>? isSinkData;
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth), MethodSummary> cache = new(new DepthKeyComparer());
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();
        private readonly Implementations implementations;

        /// <param name="compilation">The compilation whose methods are summarised.</param>
        /// <param name="flow">The flow engine, used with each parameter as the followed value.</param>
        /// <param name="implementations">Resolves interface and abstract calls (shared per compilation).</param>
        /// <param name="sinkName">The display name of the sink a call writes to, or null when it is no sink (null: no
        /// sink summaries, only return flows).</param>
        /// <param name="isSinkData">Whether an argument of a sink call is written by it.</param>
        public MethodSummaries(Compilation compilation, PersonalDataFlow flow, Implementations implementations, Func<IInvocationOperation, string?>? sinkName, Func<IInvocationOperation, IArgumentOperation, bool>? isSinkData)
        {
            this.compilation = compilation;
            this.flow = flow;
            this.sinkName = sinkName;
            this.isSinkData = isSinkData;
            this.implementations = implementations;
        }

        /// <summary>The summary of <paramref name="method"/> (the empty summary for methods without a body in source).</summary>
        public MethodSummary Get(IMethodSymbol method, CancellationToken cancellationToken) => Get(method, 0, cancellationToken);

        private MethodSummary Get(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            method = implementations.Resolve(method.OriginalDefinition);
            if (depth > MaxDepth)
            {
                return default; // Too deep: summarised as doing nothing (the same at every call site).
            }

            if (cache.TryGetValue((method, depth), out MethodSummary cached))
            {
                return cached;
            }

            inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            if (!inProgress.Add(method))
            {
                cuts++;
                return default; // Recursive: summarised as doing nothing here.
            }

            int cutsBefore = cuts;
            try
            {
                MethodSummary summary = Compute(method, depth, cancellationToken);

                // Cache only summaries that no cut-short query shaped, so the result never depends on which method was
                // analysed first (mutually recursive helpers are recomputed, within the depth bound).
                if (cuts == cutsBefore)
                {
                    cache[(method, depth)] = summary;
                }

                return summary;
            }
            finally
            {
                inProgress.Remove(method);
            }
        }

        private MethodSummary Compute(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            IOperation? body = BodyOf(method, cancellationToken);
            int count = method.Parameters.Length;
            if (body is null || count > 64)
            {
                return default;
            }

            ulong returns = 0;
            bool returnsPersonalData = false;
            ulong sinks = 0;
            ulong reportedInside = 0;
            for (int i = 0; i < count; i++)
            {
                if (flow.IsPersonalDataByItself(method.Parameters[i]))
                {
                    reportedInside |= 1UL << i;
                }
            }

            string? through = null;
            IOperation?[]? outReferences = null;
            foreach (IOperation operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is IParameterReferenceOperation { Parameter: { RefKind: RefKind.Out or RefKind.Ref } written }
                    && SymbolEqualityComparer.Default.Equals(written.ContainingSymbol, method))
                {
                    outReferences ??= new IOperation?[count];
                    outReferences[written.Ordinal] ??= operation;
                }
                else if (operation is IReturnOperation { ReturnedValue: { } returned } && !IsInNestedFunction(operation, body))
                {
                    returns |= Carried(method, returned, returns);
                    returnsPersonalData = returnsPersonalData || ReturnsOwnPersonalData(method, returned);
                }
                else if (operation is IInvocationOperation invocation && sinkName != null)
                {
                    string? sink = sinkName(invocation);
                    if (sink != null)
                    {
                        foreach (IArgumentOperation argument in invocation.Arguments)
                        {
                            if (isSinkData!(invocation, argument))
                            {
                                // Parameters that are personal data by themselves are reported inside the method already;
                                // only those that depend on the caller make the call site a sink.
                                ulong reached = Carried(method, argument.Value, sinks | reportedInside);
                                if (reached != 0)
                                {
                                    sinks |= reached;
                                    through ??= sink;
                                }
                            }
                        }
                    }
                    else if (IsSummarisable(invocation.TargetMethod))
                    {
                        MethodSummary callee = Get(invocation.TargetMethod, depth + 1, cancellationToken);
                        if (callee.SinkParameters != 0)
                        {
                            foreach (IArgumentOperation argument in invocation.Arguments)
                            {
                                if (argument.Parameter is { } parameter && parameter.Ordinal < 64 && (callee.SinkParameters & (1UL << parameter.Ordinal)) != 0)
                                {
                                    ulong reached = Carried(method, argument.Value, sinks | reportedInside);
                                    if (reached != 0)
                                    {
                                        sinks |= reached;
                                        through ??= Display(invocation.TargetMethod) + " → " + callee.Sink;
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // out and ref parameters: what the body assigns to them, in any order (read at their first reference, which
            // no overwrite precedes).
            ulong outPersonalData = 0;
            ulong parametersToOut = 0;
            for (int i = 0; outReferences != null && i < count; i++)
            {
                if (outReferences[i] is { } reference)
                {
                    if (ReturnsOwnPersonalData(method, reference))
                    {
                        outPersonalData |= 1UL << i;
                    }
                    else
                    {
                        parametersToOut |= Carried(method, reference, parametersToOut | (1UL << i));
                    }
                }
            }

            return new MethodSummary(returns, returnsPersonalData, sinks, through, outPersonalData, parametersToOut);
        }

        /// <summary>Whether a call's target is a method of this compilation (or an interface/abstract member with one
        /// implementation here) that a summary can describe.</summary>
        public bool IsSummarisable(IMethodSymbol method)
        {
            IMethodSymbol target = implementations.Resolve(method.OriginalDefinition);
            return target.Locations.Length > 0 && target.Locations[0].IsInSource && !target.IsAbstract && !target.IsExtern
                && (target.MethodKind == MethodKind.Ordinary || target.MethodKind == MethodKind.LocalFunction);
        }

        /// <summary>"Type.Method", as shown in messages.</summary>
        public static string Display(IMethodSymbol method) => method.ContainingType?.Name + "." + method.Name;

        /// <summary>Whether a returned value is personal data whatever the arguments (c.Email of a Customer parameter, a
        /// [PersonalData] field), as opposed to personal data only when an argument is.</summary>
        private bool ReturnsOwnPersonalData(IMethodSymbol method, IOperation returned)
        {
            var findings = new List<PersonalDataFinding>(1);
            flow.Collect(returned, findings);
            foreach (PersonalDataFinding finding in findings)
            {
                if (finding.Origin is IParameterSymbol own && SymbolEqualityComparer.Default.Equals(own.ContainingSymbol, method)
                    && !flow.IsMarkedPersonalData(own))
                {
                    continue; // A plain parameter: personal data only if the argument is (ReturnsParameters says so).
                }

                return true;
            }

            return false;
        }


        /// <summary>The parameters (bits by ordinal) that <paramref name="value"/> carries, skipping those already known.</summary>
        private ulong Carried(IMethodSymbol method, IOperation value, ulong known)
        {
            ulong result = 0;
            for (int i = 0; i < method.Parameters.Length; i++)
            {
                ulong bit = 1UL << i;
                if ((known & bit) == 0 && flow.CarriesParameter(value, method.Parameters[i]))
                {
                    result |= bit;
                }
            }

            return result;
        }

        private static bool IsInNestedFunction(IOperation operation, IOperation body)
        {
            for (IOperation? current = operation.Parent; current != null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The body of a source method or local function, bound through its tree's semantic model.</summary>
        private IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            SyntaxReference reference = method.DeclaringSyntaxReferences[0];
            SyntaxNode syntax = reference.GetSyntax(cancellationToken);
#pragma warning disable RS1030 // A callee in another file needs its own semantic model: summaries are the one place (flow engine issue).
            SemanticModel model = models.GetOrAdd(reference.SyntaxTree, tree => compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
            IOperation? operation = model.GetOperation(syntax, cancellationToken);
            return operation is ILocalFunctionOperation local ? local.Body ?? (IOperation?)local.IgnoredBody : operation;
        }
    }

    /// <summary>Compares (method, depth) keys with symbol equality.</summary>
    internal sealed class DepthKeyComparer : IEqualityComparer<(IMethodSymbol Method, int Depth)>
    {
        public bool Equals((IMethodSymbol Method, int Depth) x, (IMethodSymbol Method, int Depth) y) =>
            x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Depth) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31 + obj.Depth;
    }

    /// <summary>What one method does with its parameters (bits by parameter ordinal).</summary>
    internal readonly struct MethodSummary
    {
        public MethodSummary(ulong returnsParameters, bool returnsPersonalData, ulong sinkParameters, string? sink, ulong outPersonalData, ulong parametersToOut)
        {
            ReturnsParameters = returnsParameters;
            ReturnsPersonalData = returnsPersonalData;
            SinkParameters = sinkParameters;
            Sink = sink;
            OutPersonalData = outPersonalData;
            ParametersToOut = parametersToOut;
        }

        /// <summary>The <c>out</c> and <c>ref</c> parameters assigned personal data whatever the arguments.</summary>
        public ulong OutPersonalData { get; }

        /// <summary>Parameters whose value flows into an <c>out</c> or <c>ref</c> parameter (any of them).</summary>
        public ulong ParametersToOut { get; }

        /// <summary>Whether the result is personal data whatever the arguments.</summary>
        public bool ReturnsPersonalData { get; }

        /// <summary>Parameters whose value flows into the return value.</summary>
        public ulong ReturnsParameters { get; }

        /// <summary>Parameters whose value reaches a sink.</summary>
        public ulong SinkParameters { get; }

        /// <summary>The sink reached, e.g. <c>ILogger.LogInformation</c>, or a chain through callees.</summary>
        public string? Sink { get; }
    }
}
