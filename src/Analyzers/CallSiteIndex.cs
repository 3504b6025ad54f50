using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The calls of a compilation's source, by the name of the method they call, in source order (file path, then
    /// position): what GDPR007 needs to decide, at a method's declaration, whether any caller passes personal data to one
    /// of its parameters. Built lazily: one walk over the syntax of the compilation's trees on the first question; the
    /// calls that name a method asked about are bound when asked (each tree's semantic model made once). Thread-safe.
    /// </summary>
    internal sealed class CallSiteIndex
    {
        private static readonly IReadOnlyList<InvocationExpressionSyntax> None = Array.Empty<InvocationExpressionSyntax>();

        private readonly Compilation compilation;
        private readonly Lazy<Dictionary<string, List<InvocationExpressionSyntax>>> byName;
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

        public CallSiteIndex(Compilation compilation, CancellationToken cancellationToken)
        {
            this.compilation = compilation;
            byName = new Lazy<Dictionary<string, List<InvocationExpressionSyntax>>>(() => Index(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The calls written with the name <paramref name="name"/> (<c>Send(...)</c>, <c>x.Send(...)</c>,
        /// <c>x?.Send(...)</c>, <c>Send&lt;T&gt;(...)</c>), in source order; not yet bound, so some may call another
        /// method of that name.</summary>
        public IReadOnlyList<InvocationExpressionSyntax> CallsNamed(string name) =>
            byName.Value.TryGetValue(name, out List<InvocationExpressionSyntax>? calls) ? calls : None;

        /// <summary>The bound call, or null when it does not bind to an invocation.</summary>
        public IInvocationOperation? Bind(InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
#pragma warning disable RS1030 // A caller in another file needs its tree's semantic model (as MethodSummaries and StaticMemberAssignments).
            SemanticModel model = models.GetOrAdd(call.SyntaxTree, tree => compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
            return model.GetOperation(call, cancellationToken) as IInvocationOperation;
        }

        private Dictionary<string, List<InvocationExpressionSyntax>> Index(CancellationToken cancellationToken)
        {
            var index = new Dictionary<string, List<InvocationExpressionSyntax>>(StringComparer.Ordinal);
            var trees = new List<SyntaxTree>(compilation.SyntaxTrees);
            trees.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
            foreach (SyntaxTree tree in trees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is not InvocationExpressionSyntax invocation || NameOf(invocation.Expression) is not { } name)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(name, out List<InvocationExpressionSyntax>? list))
                    {
                        list = new List<InvocationExpressionSyntax>(1);
                        index.Add(name, list);
                    }

                    list.Add(invocation); // DescendantNodes is in source order: each list stays sorted.
                }
            }

            return index;
        }

        private static string? NameOf(ExpressionSyntax expression) => expression switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            MemberBindingExpressionSyntax { Name: var name } => name.Identifier.ValueText,
            _ => null,
        };
    }
}
