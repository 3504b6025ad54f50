using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>Compares pairs of types by <see cref="SymbolEqualityComparer.Default"/>, for sets and dictionaries keyed by
    /// two types (a principal and a dependent entity, a context and an entity).</summary>
    internal sealed class TypePairComparer : IEqualityComparer<(ITypeSymbol First, ITypeSymbol Second)>
    {
        /// <summary>The one instance.</summary>
        public static readonly TypePairComparer Instance = new();

        private TypePairComparer()
        {
        }

        public bool Equals((ITypeSymbol First, ITypeSymbol Second) x, (ITypeSymbol First, ITypeSymbol Second) y) =>
            SymbolEqualityComparer.Default.Equals(x.First, y.First) && SymbolEqualityComparer.Default.Equals(x.Second, y.Second);

        public int GetHashCode((ITypeSymbol First, ITypeSymbol Second) obj) =>
            SymbolEqualityComparer.Default.GetHashCode(obj.First) * 31 + SymbolEqualityComparer.Default.GetHashCode(obj.Second);
    }
}
