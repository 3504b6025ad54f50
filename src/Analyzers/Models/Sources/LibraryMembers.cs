using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// A table of properties and methods of other assemblies, by qualified name (<c>System.Environment.UserName</c>): the
    /// framework sources of a kind of source. The member's simple name is tested first, so most symbols are turned away
    /// before the type's name is built. A member declared in source never matches. Immutable, thread-safe.
    /// </summary>
    internal sealed class LibraryMembers
    {
        private readonly HashSet<string> qualifiedNames;
        private readonly HashSet<string> memberNames = new(System.StringComparer.Ordinal);

        /// <param name="qualifiedNames">Each member as its type's display name, a dot and its name.</param>
        public LibraryMembers(params string[] qualifiedNames)
        {
            this.qualifiedNames = new HashSet<string>(qualifiedNames, System.StringComparer.Ordinal);
            foreach (string qualified in qualifiedNames)
            {
                memberNames.Add(qualified.Substring(qualified.LastIndexOf('.') + 1));
            }
        }

        /// <summary>Whether <paramref name="symbol"/>, a property or method of another assembly, is in the table.</summary>
        public bool Contains(ISymbol symbol) =>
            symbol is IPropertySymbol or IMethodSymbol
            && memberNames.Contains(symbol.Name)
            && symbol.ContainingType is { } type
            && !SymbolRelations.IsInSource(symbol)
            && qualifiedNames.Contains(type.ToDisplayString() + "." + symbol.Name);
    }
}
