using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>The declarations stored personal data needs, each reported by its own rule when missing.</summary>
    internal enum RequiredDeclaration
    {
        /// <summary><c>[ProcessingPurpose]</c> (GDPR002, Art. 5(1)(b)).</summary>
        Purpose,

        /// <summary><c>[LawfulBasis]</c> (GDPR003, Art. 6(1)).</summary>
        LawfulBasis,

        /// <summary><c>[RetentionPeriod]</c> (GDPR013, Art. 5(1)(e), 13(2)(a)).</summary>
        RetentionPeriod,
    }

    /// <summary>
    /// Finds the processing purpose (GDPR Art. 5(1)(b)), lawful basis (Art. 6(1)) and retention period (Art. 5(1)(e))
    /// declared for stored personal data. A declaration counts on the personal data member, on its containing type (or a
    /// base type), on the storing method and on the storing method's containing type; the nearest place that declares
    /// anything decides, for each kind of declaration on its own.
    /// </summary>
    internal sealed class DeclarationModel
    {
        private readonly INamedTypeSymbol? purposeAttribute;
        private readonly INamedTypeSymbol? lawfulBasisAttribute;
        private readonly INamedTypeSymbol? retentionPeriodAttribute;

        public DeclarationModel(KnownSymbols known)
        {
            purposeAttribute = known.ProcessingPurposeAttribute;
            lawfulBasisAttribute = known.LawfulBasisAttribute;
            retentionPeriodAttribute = known.RetentionPeriodAttribute;
        }

        /// <summary>What the nearest place says.</summary>
        public enum Status
        {
            /// <summary>No place declares anything.</summary>
            Missing,

            /// <summary>The nearest declaration is empty or a placeholder (TODO, TBD, ?, ...), an undefined basis, or a
            /// retention period that is not an ISO 8601 duration.</summary>
            Placeholder,

            /// <summary>The nearest declaration states a purpose, one of the six bases, or a retention period.</summary>
            Declared,
        }

        /// <summary>What the nearest of <paramref name="places"/> (nearest first; nulls skipped) declares of
        /// <paramref name="kind"/>. <paramref name="decidingIndex"/> is the index of the place that decided, or -1 when none
        /// declares anything; <paramref name="nearest"/> the deciding attribute (null when none).</summary>
        public Status Find(RequiredDeclaration kind, IReadOnlyList<ISymbol?> places, out int decidingIndex, out AttributeData? nearest) => kind switch
        {
            RequiredDeclaration.Purpose => Find(places, purposeAttribute, IsStatedPurpose, out decidingIndex, out nearest),
            RequiredDeclaration.LawfulBasis => Find(places, lawfulBasisAttribute, IsDefinedBasis, out decidingIndex, out nearest),
            _ => Find(places, retentionPeriodAttribute, IsStatedRetention, out decidingIndex, out nearest),
        };

        /// <summary>Whether the nearest of <paramref name="places"/> states a valid declaration of <paramref name="kind"/>.</summary>
        public bool IsDeclared(RequiredDeclaration kind, IReadOnlyList<ISymbol?> places) => Find(kind, places, out _, out _) == Status.Declared;

        /// <summary>The processing purpose stated at the nearest of <paramref name="places"/> that declares one (its
        /// text), or null when that place states a placeholder or no place declares any.</summary>
        public string? StatedPurpose(IReadOnlyList<ISymbol?> places) =>
            Find(places, purposeAttribute, IsStatedPurpose, out _, out AttributeData? stated) == Status.Declared
                ? stated!.ConstructorArguments[0].Value as string
                : null;

        /// <summary>Every purpose the <c>[ProcessingPurpose]</c> declarations on <paramref name="symbol"/> itself state (not
        /// on its base types), trimmed, in declaration order; placeholders are left out. Empty when it states none.</summary>
        public ImmutableArray<string> StatedPurposesOn(ISymbol symbol)
        {
            ImmutableArray<string>.Builder? purposes = null;
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, purposeAttribute) && IsStatedPurpose(attribute))
                {
                    (purposes ??= ImmutableArray.CreateBuilder<string>()).Add(((string)attribute.ConstructorArguments[0].Value!).Trim());
                }
            }

            return purposes?.ToImmutable() ?? ImmutableArray<string>.Empty;
        }

        /// <summary>The retention period stated at the nearest of <paramref name="places"/> that declares one: its ISO 8601
        /// duration and its criteria (null when not given); (null, null) when that place states a placeholder or a
        /// malformed duration, or no place declares any.</summary>
        public (string? Duration, string? Criteria) StatedRetention(IReadOnlyList<ISymbol?> places)
        {
            if (Find(places, retentionPeriodAttribute, IsStatedRetention, out _, out AttributeData? stated) != Status.Declared)
            {
                return (null, null);
            }

            string? criteria = null;
            foreach (KeyValuePair<string, TypedConstant> argument in stated!.NamedArguments)
            {
                if (argument.Key == "Criteria" && argument.Value.Value is string text && IsStatedPurpose(text))
                {
                    criteria = text;
                }
            }

            return (stated.ConstructorArguments[0].Value as string, criteria);
        }

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

        /// <summary>
        /// Whether <paramref name="text"/> is an ISO 8601 duration in the form <c>PnYnMnWnDTnHnMnS</c>: <c>P</c>, then
        /// years, months, weeks and days in that order, then optionally <c>T</c> and hours, minutes and seconds in that
        /// order; each component a whole number, the last one written may have a decimal fraction (<c>PT0.5S</c>,
        /// <c>P1,5Y</c>); at least one component, and one after a <c>T</c>; no sign, no spaces. Weeks may be combined with
        /// the other components (ISO 8601-2). The alternative format (<c>P0003-06-04T12:30:05</c>) is not accepted.
        /// </summary>
        public static bool IsIsoDuration(string? text)
        {
            if (text is null || text.Length < 3 || text[0] != 'P')
            {
                return false;
            }

            const string DateDesignators = "YMWD";
            const string TimeDesignators = "HMS";
            string designators = DateDesignators;
            int next = 0; // The first designator still allowed in the current part.
            bool inTime = false;
            bool componentInPart = false;
            bool anyComponent = false;
            bool fractionSeen = false;
            int i = 1;
            while (i < text.Length)
            {
                if (text[i] == 'T')
                {
                    if (inTime || fractionSeen)
                    {
                        return false;
                    }

                    inTime = true;
                    designators = TimeDesignators;
                    next = 0;
                    componentInPart = false;
                    i++;
                    continue;
                }

                if (fractionSeen)
                {
                    return false; // Only the last component may have a fraction.
                }

                int digits = i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                }

                if (i == digits || i >= text.Length)
                {
                    return false;
                }

                if (text[i] == '.' || text[i] == ',')
                {
                    int fraction = ++i;
                    while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                    {
                        i++;
                    }

                    if (i == fraction || i >= text.Length)
                    {
                        return false;
                    }

                    fractionSeen = true;
                }

                int designator = designators.IndexOf(text[i], next);
                if (designator < 0)
                {
                    return false;
                }

                next = designator + 1;
                componentInPart = true;
                anyComponent = true;
                i++;
            }

            return anyComponent && (!inTime || componentInPart);
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

        private static bool IsStatedRetention(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is string duration
            && IsStatedPurpose(duration)
            && IsIsoDuration(duration);

        private static bool IsDefinedBasis(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is int basis
            && basis >= 1 && basis <= 6;

        /// <summary>The nearest place's declaration: <paramref name="stated"/> is its valid attribute when there is one,
        /// else the first attribute of that class it carries (null when no place declares anything).</summary>
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

                        if (!any)
                        {
                            stated = attribute; // The first one, in case none is valid.
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
