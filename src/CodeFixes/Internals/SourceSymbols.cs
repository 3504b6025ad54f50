using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>The symbols a compilation's own assembly declares, for the fixes that offer what the code already declares
    /// elsewhere (purposes, recipients).</summary>
    internal static class SourceSymbols
    {
        /// <summary>Every namespace, type and member of <paramref name="compilation"/>'s assembly, each once (nested types
        /// and their members included; parameters are not members: read them from their method). Walks with an explicit
        /// stack, so deep nesting cannot overflow it.</summary>
        /// <exception cref="System.OperationCanceledException">The fix was cancelled.</exception>
        public static IEnumerable<ISymbol> Of(Compilation compilation, CancellationToken cancellationToken)
        {
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(compilation.Assembly.GlobalNamespace);
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ISymbol symbol in stack.Pop().GetMembers())
                {
                    if (symbol is INamespaceOrTypeSymbol container)
                    {
                        stack.Push(container); // Its members are read when it is popped: once each.
                    }

                    yield return symbol;
                }
            }
        }
    }
}
