using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// Finds the processing purpose (GDPR Art. 5(1)(b)) and lawful basis (Art. 6(1)) declared for stored personal data.
    /// A declaration counts on the personal data member, on its containing type (or a base type), on the storing method
    /// and on the storing method's containing type; the nearest place that declares anything decides.
    /// </summary>
    internal sealed class DeclarationModel
    {
        private readonly INamedTypeSymbol? purposeAttribute;
        private readonly INamedTypeSymbol? lawfulBasisAttribute;

        public DeclarationModel(KnownSymbols known)
        {
            purposeAttribute = known.ProcessingPurposeAttribute;
            lawfulBasisAttribute = known.LawfulBasisAttribute;
        }

        /// <summary>What the nearest place says.</summary>
        public enum Status
        {
            /// <summary>No place declares anything.</summary>
            Missing,

            /// <summary>The nearest declaration is empty or a placeholder (TODO, TBD, ?, ...), or an undefined basis.</summary>
            Placeholder,

            /// <summary>The nearest declaration states a purpose or one of the six bases.</summary>
            Declared,
        }

        /// <summary>The processing purpose declared at the nearest of <paramref name="places"/> (nearest first; nulls skipped).</summary>
        public Status Purpose(IReadOnlyList<ISymbol?> places) => Find(places, purposeAttribute, IsStatedPurpose, out _);

        /// <summary>As <see cref="Purpose(IReadOnlyList{ISymbol})"/>; <paramref name="decidingIndex"/> is the index of the
        /// place that decided, or -1 when none declares anything.</summary>
        public Status Purpose(IReadOnlyList<ISymbol?> places, out int decidingIndex) => Find(places, purposeAttribute, IsStatedPurpose, out decidingIndex);

        /// <summary>The lawful basis declared at the nearest of <paramref name="places"/> (nearest first; nulls skipped).</summary>
        public Status LawfulBasis(IReadOnlyList<ISymbol?> places) => Find(places, lawfulBasisAttribute, IsDefinedBasis, out _);

        /// <summary>As <see cref="LawfulBasis(IReadOnlyList{ISymbol})"/>, with the deciding place's index (-1: none).</summary>
        public Status LawfulBasis(IReadOnlyList<ISymbol?> places, out int decidingIndex) => Find(places, lawfulBasisAttribute, IsDefinedBasis, out decidingIndex);

        /// <summary>The processing purpose stated at the nearest of <paramref name="places"/> that declares one (its
        /// text), or null when that place states a placeholder or no place declares any.</summary>
        public string? StatedPurpose(IReadOnlyList<ISymbol?> places) =>
            Find(places, purposeAttribute, IsStatedPurpose, out _, out AttributeData? stated) == Status.Declared
                ? stated!.ConstructorArguments[0].Value as string
                : null;

        /// <summary>The lawful basis stated at the nearest of <paramref name="places"/> that declares one, by the name of
        /// its <c>LawfulBasis</c> member (<c>Contract</c>), or null when that place states an undefined basis or no place
        /// declares any.</summary>
        public string? StatedLawfulBasis(IReadOnlyList<ISymbol?> places)
        {
            if (Find(places, lawfulBasisAttribute, IsDefinedBasis, out _, out AttributeData? stated) != Status.Declared
                || stated!.ConstructorArguments[0] is not { Type: INamedTypeSymbol basisType, Value: { } value })
            {
                return null;
            }

            foreach (ISymbol member in basisType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                {
                    return field.Name;
                }
            }

            return value.ToString();
        }

        /// <summary>Whether a purpose text is a real purpose rather than empty or a placeholder.</summary>
        public static bool IsStatedPurpose(string? purpose)
        {
            if (purpose is null)
            {
                return false;
            }

            string text = purpose.Trim();
            if (text.Length == 0)
            {
                return false;
            }

            bool onlyPunctuation = true;
            foreach (char c in text)
            {
                if (c != '?' && c != '.' && c != '…' && c != '-' && c != '_' && !char.IsWhiteSpace(c))
                {
                    onlyPunctuation = false;
                    break;
                }
            }

            if (onlyPunctuation)
            {
                return false;
            }

            foreach (string placeholder in Placeholders)
            {
                if (text.StartsWith(placeholder, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == placeholder.Length || !char.IsLetterOrDigit(text[placeholder.Length])))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly string[] Placeholders = { "TODO", "TBD", "FIXME", "XXX", "N/A" };

        private static bool IsStatedPurpose(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1 && IsStatedPurpose(attribute.ConstructorArguments[0].Value as string);

        private static bool IsDefinedBasis(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is int basis
            && basis >= 1 && basis <= 6;

        private static Status Find(IReadOnlyList<ISymbol?> places, INamedTypeSymbol? attributeType, Func<AttributeData, bool> isValid, out int decidingIndex) =>
            Find(places, attributeType, isValid, out decidingIndex, out _);

        private static Status Find(IReadOnlyList<ISymbol?> places, INamedTypeSymbol? attributeType, Func<AttributeData, bool> isValid, out int decidingIndex, out AttributeData? stated)
        {
            decidingIndex = -1;
            stated = null;
            if (attributeType is null)
            {
                return Status.Missing;
            }

            for (int index = 0; index < places.Count; index++)
            {
                ISymbol? place = places[index];
                if (place is null)
                {
                    continue;
                }

                bool any = false;
                for (ISymbol? current = place; current != null; current = (current as INamedTypeSymbol)?.BaseType)
                {
                    foreach (AttributeData attribute in current.GetAttributes())
                    {
                        if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                        {
                            continue;
                        }

                        any = true;
                        decidingIndex = index;
                        if (isValid(attribute))
                        {
                            stated = attribute;
                            return Status.Declared;
                        }
                    }

                    if (any)
                    {
                        break;
                    }
                }

                if (any)
                {
                    return Status.Placeholder;
                }
            }

            return Status.Missing;
        }
    }
}
