using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>How types relate to the library types the models recognise (inheritance, interfaces, sequences), shared by
    /// every model so each relation is decided one way.</summary>
    internal static class SymbolRelations
    {
        /// <summary><paramref name="value"/> without the conversions around it (implicit and explicit, at most 32), or
        /// without the implicit ones only when <paramref name="implicitOnly"/>.</summary>
        public static Microsoft.CodeAnalysis.IOperation WithoutConversions(Microsoft.CodeAnalysis.IOperation value, bool implicitOnly = false)
        {
            for (int i = 0; i < 32 && value is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion && (!implicitOnly || conversion.IsImplicit); i++)
            {
                value = conversion.Operand;
            }

            return value;
        }

        /// <summary>Whether <paramref name="symbol"/> is declared in the compilation's source (its first location).</summary>
        public static bool IsInSource(ISymbol symbol) => symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;

        /// <summary>Whether <paramref name="type"/> is exactly <paramref name="known"/> (false when either is missing: the
        /// library is not referenced).</summary>
        public static bool IsExactly(ITypeSymbol? type, INamedTypeSymbol? known) =>
            type != null && known != null && SymbolEqualityComparer.Default.Equals(type, known);

        /// <summary>Whether <paramref name="type"/> is <paramref name="known"/> or a construction of it (<c>Task&lt;int&gt;</c>
        /// of <c>Task&lt;T&gt;</c>); false when either is missing.</summary>
        public static bool IsConstructedFrom(ITypeSymbol? type, INamedTypeSymbol? known) =>
            type != null && known != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

        /// <summary>Whether <paramref name="operation"/> sits in a lambda or local function nested in
        /// <paramref name="function"/> (its <c>return</c> is that function's, not <paramref name="function"/>'s).</summary>
        public static bool IsInNestedFunction(IOperation operation, IOperation function)
        {
            for (IOperation? current = operation.Parent; current != null && current != function; current = current.Parent)
            {
                if (current is Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation or Microsoft.CodeAnalysis.Operations.ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it (false when the
        /// library is not referenced).</summary>
        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is or implements <paramref name="interface"/>; for a generic
        /// definition, any construction of it counts.</summary>
        public static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
        {
            if (@interface is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, @interface))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The element type of an array or of an <c>IEnumerable&lt;T&gt;</c> other than <c>string</c>; null for
        /// anything else.</summary>
        public static ITypeSymbol? SequenceElementType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return null;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } direct)
            {
                return direct.TypeArguments[0];
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return @interface.TypeArguments[0];
                }
            }

            return null;
        }
    }
}
