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
    /// compilation. Two kinds of summary:
    /// <list type="bullet">
    /// <item>the return summary (<see cref="MethodSummary"/>): which parameters flow into its return value and into its
    /// <c>out</c> and <c>ref</c> parameters, and which of those it assigns personal data whatever the arguments;</item>
    /// <item>the sink summary (<see cref="SinkSummary"/>, only with a sink model): which parameters reach a sink, directly or
    /// through the methods it calls, up to <see cref="MaxSinkDepth"/> calls below it.</item>
    /// </list>
    /// Interface and abstract calls are followed into the compilation's only implementation. Methods with more than 64
    /// parameters are summarised as doing nothing.
    /// <para>
    /// Bounded by construction, so that recursion (direct, mutual, through interfaces, virtual calls and local
    /// functions) and deep call graphs cost a bounded time and never depend on what was analysed first: a summary is a
    /// function of the method and of a height, the number of summary levels below it that it may use (a summary at height
    /// h uses its callees' summaries at height h - 1; at height 0 calls are not followed). Questions from the analyzers
    /// start at <see cref="MaxHeight"/>. A summary that no bound shaped is cached once for every height at which it is
    /// valid, so a method is summarised once in the common case and at most <see cref="MaxHeight"/> + 1 times (when
    /// recursion or a chain deeper than <see cref="MaxHeight"/> reaches the bound). Recursion is thus unrolled
    /// <see cref="MaxHeight"/> levels deep and then stops being followed. The walks of one summary share a budget of
    /// <see cref="SummaryVisitBudget"/> values. The nesting of summary computations on the stack is at most
    /// <see cref="MaxHeight"/> + <see cref="MaxSinkDepth"/> + 2 levels.
    /// </para>
    /// </summary>
    internal sealed class MethodSummaries
    {
        /// <summary>How many calls below the called method a sink is followed (the called method's own sinks are depth 0).</summary>
        public const int MaxSinkDepth = 3;

        /// <summary>How many levels of return summaries a question from an analyzer may use: a value returned by a helper
        /// that calls helpers is followed through this many nested calls.</summary>
        public const int MaxHeight = 8;

        /// <summary>How many values the walks of one summary may visit, together. Past it the summary keeps what was found.</summary>
        public const int SummaryVisitBudget = 50_000;

        private readonly Compilation compilation;
        private readonly PersonalDataFlow flow;
        private readonly Func<IInvocationOperation, string?>? sinkName;
        private readonly Func<IInvocationOperation, IArgumentOperation, bool>? isSinkData;

        /// <summary>Return summaries that no height bound shaped: valid at every height of at least their
        /// <see cref="MethodSummary.UsedHeight"/>.</summary>
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> complete = new(SymbolEqualityComparer.Default);

        /// <summary>Return summaries that a height bound shaped, by method and height.</summary>
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Height), MethodSummary> byHeight = new(new DepthKeyComparer());

        /// <summary>Sink summaries by method and the depth still allowed below it.</summary>
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth), SinkSummary> sinks = new(new DepthKeyComparer());

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

        /// <summary>What each constructor keeps (see <see cref="GetConstructor"/>).</summary>
        private readonly ConcurrentDictionary<IMethodSymbol, ConstructorSummary> constructors = new(SymbolEqualityComparer.Default);
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

        /// <summary>The return summary of <paramref name="method"/> as <paramref name="query"/> may use it (at its
        /// <see cref="FlowQuery.SummaryHeight"/>); the empty summary for methods without a body in source, and when the
        /// query has no height left. Records on the query what the summary used.</summary>
        /// <exception cref="OperationCanceledException">The query's analysis was cancelled.</exception>
        public MethodSummary Get(IMethodSymbol method, FlowQuery query)
        {
            int height = query.SummaryHeight;
            if (height < 0)
            {
                query.OutOfHeight();
                return default;
            }

            MethodSummary summary = GetAt(implementations.Resolve(method.OriginalDefinition), height, query.CancellationToken);
            query.UsedSummary(summary.UsedHeight, summary.ReachedHeightBound);
            return summary;
        }

        /// <summary>The sink summary of <paramref name="method"/>: the parameters that reach a sink up to
        /// <see cref="MaxSinkDepth"/> calls below it (empty without a sink model).</summary>
        /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
        public SinkSummary GetSinks(IMethodSymbol method, CancellationToken cancellationToken) =>
            sinkName is null ? default : GetSinksAt(implementations.Resolve(method.OriginalDefinition), MaxSinkDepth, cancellationToken);

        /// <summary>Whether <see cref="GetConstructor"/> can read <paramref name="constructor"/>: a constructor declared
        /// with a body in this compilation (not a record's primary constructor, which keeps every parameter).</summary>
        public bool IsConstructorSummarisable(IMethodSymbol constructor) =>
            constructor.MethodKind == MethodKind.Constructor && IsSinkSummarisable(constructor) && constructor.Parameters.Length <= 64;

        /// <summary>
        /// What a constructor of the project keeps in the object it builds: the parameters whose value (the whole
        /// argument, or its personal data or credential members) flows into a field or property of <c>this</c>, into a
        /// call on one (<c>items.Add(x)</c>), or into the base or chained constructor (through that one's summary when it
        /// is the project's); and whether it stores personal data of its own (from anything but its parameters). Values
        /// that pass a sanitizer are not kept. Read from the body in any order; cached per constructor.
        /// </summary>
        /// <exception cref="OperationCanceledException">The query's analysis was cancelled.</exception>
        public ConstructorSummary GetConstructor(IMethodSymbol constructor, FlowQuery query)
        {
            if (constructors.TryGetValue(constructor, out ConstructorSummary found))
            {
                return found;
            }

            int height = query.SummaryHeight;
            if (height < 0)
            {
                query.OutOfHeight();
                return ConstructorSummary.KeepsEverything;
            }

            ConstructorSummary summary = ComputeConstructor(constructor, height, query.CancellationToken);
            constructors[constructor] = summary;
            return summary;
        }

        private ConstructorSummary ComputeConstructor(IMethodSymbol constructor, int height, CancellationToken cancellationToken)
        {
            IOperation? body = BodyOf(constructor, cancellationToken);
            if (body is null)
            {
                return ConstructorSummary.KeepsEverything;
            }

            var query = new FlowQuery(cancellationToken, SummaryVisitBudget, height - 1);
            ulong kept = 0;
            bool own = false;
            var values = new List<IOperation>();
            foreach (IOperation operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                values.Clear();
                switch (operation)
                {
                    case IAssignmentOperation assignment when IsMemberOfThis(assignment.Target):
                        values.Add(assignment.Value);
                        break;
                    case IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } chained:
                        // : base(...) or : this(...).
                        // Another assembly's base constructor (object's, an exception's) keeps its arguments and nothing else.
                        ConstructorSummary next = IsConstructorSummarisable(chained.TargetMethod)
                            ? GetConstructor(chained.TargetMethod, query)
                            : new ConstructorSummary(ulong.MaxValue, keepsOwnData: false);
                        own |= next.KeepsOwnData;
                        foreach (IArgumentOperation argument in chained.Arguments)
                        {
                            if (argument.Parameter is { Ordinal: < 64 } target && (next.KeptParameters & (1UL << target.Ordinal)) != 0)
                            {
                                values.Add(argument.Value);
                            }
                        }

                        break;
                    case IInvocationOperation call when call.Instance != null && IsMemberOfThis(call.Instance):
                        foreach (IArgumentOperation argument in call.Arguments)
                        {
                            values.Add(argument.Value);
                        }

                        break;
                }

                foreach (IOperation value in values)
                {
                    var findings = new List<PersonalDataFinding>(1);
                    flow.Collect(value, findings, query);
                    foreach (PersonalDataFinding finding in findings)
                    {
                        if (RootOf(finding.Operation) is IParameterSymbol root && SymbolEqualityComparer.Default.Equals(root.ContainingSymbol, constructor))
                        {
                            kept |= root.Ordinal < 64 ? 1UL << root.Ordinal : 0;
                        }
                        else
                        {
                            own = true;
                        }
                    }

                    // The whole argument kept (Request = request): followed as personal data.
                    for (int i = 0; i < constructor.Parameters.Length; i++)
                    {
                        if ((kept & (1UL << i)) == 0 && flow.CarriesParameter(value, constructor.Parameters[i], query))
                        {
                            kept |= 1UL << i;
                        }
                    }
                }
            }

            return new ConstructorSummary(kept, own);
        }

        /// <summary>Whether <paramref name="operation"/> is a field or property of <c>this</c>, or a member of one
        /// (<c>Details.Token</c>).</summary>
        private static bool IsMemberOfThis(IOperation operation)
        {
            for (int i = 0; i < 16; i++)
            {
                switch (operation)
                {
                    case IMemberReferenceOperation { Instance: IInstanceReferenceOperation }:
                        return true;
                    case IMemberReferenceOperation { Instance: { } instance }:
                        operation = instance;
                        break;
                    case IArrayElementReferenceOperation element:
                        operation = element.ArrayReference;
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>The local or parameter a member chain or call chain starts from (<c>request.Raw["x"].Trim()</c>:
        /// <c>request</c>), or null (<c>this</c>, a static member, anything else).</summary>
        private static ISymbol? RootOf(IOperation operation)
        {
            for (int i = 0; i < 64; i++)
            {
                switch (operation)
                {
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IMemberReferenceOperation { Instance: { } instance }:
                        operation = instance;
                        break;
                    case IArrayElementReferenceOperation element:
                        operation = element.ArrayReference;
                        break;
                    case IInvocationOperation { Instance: { } receiver }:
                        operation = receiver;
                        break;
                    case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension:
                        operation = extension.Arguments[0].Value;
                        break;
                    case IConditionalAccessOperation access:
                        operation = access.Operation;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private MethodSummary GetAt(IMethodSymbol method, int height, CancellationToken cancellationToken)
        {
            if (complete.TryGetValue(method, out MethodSummary found) && found.UsedHeight <= height)
            {
                return found;
            }

            if (byHeight.TryGetValue((method, height), out found))
            {
                return found;
            }

            // Two threads may compute the same summary; both get the same answer (it depends on the method and height only).
            MethodSummary summary = ComputeReturns(method, height, cancellationToken);
            if (summary.ReachedHeightBound)
            {
                byHeight[(method, height)] = summary;
            }
            else
            {
                complete[method] = summary;
            }

            return summary;
        }

        private SinkSummary GetSinksAt(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            if (sinks.TryGetValue((method, depth), out SinkSummary found))
            {
                return found;
            }

            SinkSummary summary = ComputeSinks(method, depth, cancellationToken);
            sinks[(method, depth)] = summary;
            return summary;
        }

        private MethodSummary ComputeReturns(IMethodSymbol method, int height, CancellationToken cancellationToken)
        {
            IOperation? body = BodyOf(method, cancellationToken);
            int count = method.Parameters.Length;
            if (body is null || count > 64)
            {
                return default;
            }

            // The walks of this summary share one budget and use summaries one level lower.
            var query = new FlowQuery(cancellationToken, SummaryVisitBudget, height - 1);
            ulong returns = 0;
            string? returnedSource = null;
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
                else if (operation is IReturnOperation { ReturnedValue: { } returned } && !SymbolRelations.IsInNestedFunction(operation, body))
                {
                    returns |= Carried(method, returned, returns, query);
                    returnedSource ??= OwnPersonalData(method, returned, query);
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
                    if (OwnPersonalData(method, reference, query) != null)
                    {
                        outPersonalData |= 1UL << i;
                    }
                    else
                    {
                        parametersToOut |= Carried(method, reference, parametersToOut | (1UL << i), query);
                    }
                }
            }

            return new MethodSummary(returns, returnedSource, outPersonalData, parametersToOut, query.UsedHeight, query.CutShort);
        }

        private SinkSummary ComputeSinks(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            IOperation? body = BodyOf(method, cancellationToken);
            int count = method.Parameters.Length;
            if (body is null || count > 64)
            {
                return default;
            }

            ulong reportedInside = 0;
            for (int i = 0; i < count; i++)
            {
                if (flow.IsPersonalDataByItself(method.Parameters[i]))
                {
                    reportedInside |= 1UL << i;
                }
            }

            // The walks of this summary share one budget; the values they follow through helpers use return summaries
            // at a fixed height, so a sink summary depends on the method and depth only.
            var query = new FlowQuery(cancellationToken, SummaryVisitBudget, MaxHeight - 1);
            ulong reached = 0;
            string? through = null;
            foreach (IOperation operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is not IInvocationOperation invocation)
                {
                    continue;
                }

                string? sink = sinkName!(invocation);
                if (sink != null)
                {
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (isSinkData!(invocation, argument))
                        {
                            // Parameters that are personal data by themselves are reported inside the method already;
                            // only those that depend on the caller make the call site a sink.
                            ulong carried = Carried(method, argument.Value, reached | reportedInside, query);
                            if (carried != 0)
                            {
                                reached |= carried;
                                through ??= sink;
                            }
                        }
                    }
                }
                else if (depth > 0 && IsSummarisable(invocation.TargetMethod))
                {
                    SinkSummary callee = GetSinksAt(implementations.Resolve(invocation.TargetMethod.OriginalDefinition), depth - 1, cancellationToken);
                    if (callee.SinkParameters == 0)
                    {
                        continue;
                    }

                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { } parameter && parameter.Ordinal < 64 && (callee.SinkParameters & (1UL << parameter.Ordinal)) != 0)
                        {
                            ulong carried = Carried(method, argument.Value, reached | reportedInside, query);
                            if (carried != 0)
                            {
                                reached |= carried;
                                through ??= Display(invocation.TargetMethod) + " → " + callee.Sink;
                            }
                        }
                    }
                }
            }

            return new SinkSummary(reached, through);
        }

        /// <summary>Whether a call's target is a method of this compilation (or an interface/abstract member with one
        /// implementation here) that a summary can describe.</summary>
        public bool IsSummarisable(IMethodSymbol method)
        {
            IMethodSymbol target = implementations.Resolve(method.OriginalDefinition);
            return target.Locations.Length > 0 && target.Locations[0].IsInSource && !target.IsAbstract && !target.IsExtern
                && (target.MethodKind == MethodKind.Ordinary || target.MethodKind == MethodKind.LocalFunction);
        }

        /// <summary>Whether a sink summary can describe <paramref name="method"/>: what <see cref="IsSummarisable"/> accepts,
        /// and also constructors and property <c>set</c> accessors with a body in this compilation (a constructor or a
        /// setter that logs its argument). Records' primary constructors and auto-properties have no body.</summary>
        public bool IsSinkSummarisable(IMethodSymbol method)
        {
            if (method.MethodKind is not (MethodKind.Constructor or MethodKind.PropertySet))
            {
                return IsSummarisable(method);
            }

            if (method.IsAbstract || method.IsExtern || method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            SyntaxNode syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            return syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax
                || syntax is Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { Body: not null } or Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { ExpressionBody: not null };
        }

        /// <summary>Whether <paramref name="getter"/> is the <c>get</c> accessor of a computed property of this compilation
        /// (<c>string Contact => customer.Email;</c>, or a <c>get</c> with a body): its return summary says what the
        /// property returns. Auto-properties and record properties have no body to summarise.</summary>
        public static bool IsComputedGetter(IMethodSymbol getter)
        {
            if (getter.MethodKind != MethodKind.PropertyGet || getter.IsAbstract || getter.IsExtern || getter.IsImplicitlyDeclared
                || getter.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            SyntaxNode syntax = getter.DeclaringSyntaxReferences[0].GetSyntax();
            return syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax
                || syntax is Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { Body: not null } or Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { ExpressionBody: not null };
        }

        /// <summary>"Type.Method", as shown in messages.</summary>
        public static string Display(IMethodSymbol method) => method.ContainingType?.Name + "." + method.Name;

        /// <summary>Where a returned value's personal data comes from when it is personal data whatever the arguments
        /// (<c>c.Email</c> of a <c>Customer</c> parameter, a <c>[PersonalData]</c> field): the source's name for the
        /// message, e.g. <c>Customer.Email</c>; null when it is personal data only if an argument is, or when it is an
        /// object that merely carries personal data (an entity a repository returns), which the caller judges by the
        /// result's type.</summary>
        private string? OwnPersonalData(IMethodSymbol method, IOperation returned, FlowQuery query)
        {
            var findings = new List<PersonalDataFinding>(1);
            flow.Collect(returned, findings, query);
            foreach (PersonalDataFinding finding in findings)
            {
                if (finding.Origin is IParameterSymbol own && SymbolEqualityComparer.Default.Equals(own.ContainingSymbol, method)
                    && !flow.IsMarkedPersonalData(own))
                {
                    continue; // A plain parameter: personal data only if the argument is (ReturnsParameters says so).
                }

                if (finding.Kind == FindingKind.Carries)
                {
                    continue;
                }

                return finding.Kind == FindingKind.From && finding.Provenance.Source.Length > 0 ? finding.Provenance.Source : finding.Name;
            }

            return null;
        }

        /// <summary>The parameters (bits by ordinal) that <paramref name="value"/> carries, skipping those already known.</summary>
        private ulong Carried(IMethodSymbol method, IOperation value, ulong known, FlowQuery query)
        {
            ulong result = 0;
            for (int i = 0; i < method.Parameters.Length; i++)
            {
                ulong bit = 1UL << i;
                if ((known & bit) == 0 && flow.CarriesParameter(value, method.Parameters[i], query))
                {
                    result |= bit;
                }
            }

            return result;
        }

        /// <summary>The body of a source method or local function, bound through its tree's semantic model.</summary>
        private IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            SyntaxReference reference = method.DeclaringSyntaxReferences[0];
            if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                return null; // Source of another project (an IDE's or a workspace's compilation reference): not this compilation's to bind.
            }

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

    /// <summary>What one method does with its parameters and what it returns (bits by parameter ordinal).</summary>
    internal readonly struct MethodSummary
    {
        public MethodSummary(ulong returnsParameters, string? returnedSource, ulong outPersonalData, ulong parametersToOut, int usedHeight, bool reachedHeightBound)
        {
            ReturnsParameters = returnsParameters;
            ReturnedSource = returnedSource;
            OutPersonalData = outPersonalData;
            ParametersToOut = parametersToOut;
            UsedHeight = usedHeight;
            ReachedHeightBound = reachedHeightBound;
        }

        /// <summary>The <c>out</c> and <c>ref</c> parameters assigned personal data whatever the arguments.</summary>
        public ulong OutPersonalData { get; }

        /// <summary>Parameters whose value flows into an <c>out</c> or <c>ref</c> parameter (any of them).</summary>
        public ulong ParametersToOut { get; }

        /// <summary>Whether the result is personal data whatever the arguments.</summary>
        public bool ReturnsPersonalData => ReturnedSource != null;

        /// <summary>Where the result's personal data comes from when it is personal data whatever the arguments
        /// (<c>Customer.Email</c>), for the message; null otherwise.</summary>
        public string? ReturnedSource { get; }

        /// <summary>Parameters whose value flows into the return value.</summary>
        public ulong ReturnsParameters { get; }

        /// <summary>The summary levels this summary used (0: it followed no call into another summary).</summary>
        public int UsedHeight { get; }

        /// <summary>Whether a call was left unfollowed because no summary level was left (recursion, or a chain of calls
        /// deeper than <see cref="MethodSummaries.MaxHeight"/>): the summary then holds at its height only.</summary>
        public bool ReachedHeightBound { get; }
    }

    /// <summary>What a constructor keeps in the object it builds (bits by parameter ordinal).</summary>
    internal readonly struct ConstructorSummary
    {
        public ConstructorSummary(ulong keptParameters, bool keepsOwnData)
        {
            KeptParameters = keptParameters;
            KeepsOwnData = keepsOwnData;
        }

        /// <summary>A constructor that cannot be read: every parameter kept, and data of its own possible.</summary>
        public static ConstructorSummary KeepsEverything => new(ulong.MaxValue, keepsOwnData: true);

        /// <summary>Parameters whose value, or whose personal data or credential members, the object keeps.</summary>
        public ulong KeptParameters { get; }

        /// <summary>Whether the object keeps personal data that does not come from a parameter.</summary>
        public bool KeepsOwnData { get; }
    }

    /// <summary>Which parameters of one method reach a sink (bits by parameter ordinal), and through what.</summary>
    internal readonly struct SinkSummary
    {
        public SinkSummary(ulong sinkParameters, string? sink)
        {
            SinkParameters = sinkParameters;
            Sink = sink;
        }

        /// <summary>Parameters whose value reaches a sink.</summary>
        public ulong SinkParameters { get; }

        /// <summary>The sink reached, e.g. <c>ILogger.LogInformation</c>, or a chain through callees.</summary>
        public string? Sink { get; }
    }
}
