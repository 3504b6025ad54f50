using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// Purpose limitation (GDPR Art. 5(1)(b); compatible purposes, Art. 6(4)) as the code declares it, for GDPR015.
    /// <list type="bullet">
    /// <item>The purposes of a personal data member are the stated <c>[ProcessingPurpose]</c> declarations on the member,
    /// else on its containing type (or a base type of it); none when neither declares one.</item>
    /// <item>The purposes of a processing are declared on the method (for an accessor, on it or its property), else on the
    /// method's type when that type declares no personal data of its own (a service; a type with personal data members
    /// declares its data's purposes, not a processing); none otherwise.</item>
    /// <item>Placeholders (<c>TODO</c>, empty) declare nothing. Two purposes match when they are equal after trimming,
    /// ignoring case.</item>
    /// </list>
    /// Thread-safe; the answers are cached per symbol.
    /// </summary>
    internal sealed class PurposeLimitationModel
    {
        private readonly INamedTypeSymbol? purposeAttribute;
        private readonly DeclarationModel declarations;
        private readonly PersonalDataModel sources;
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>> dataPurposes = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> declaresPersonalData = new(SymbolEqualityComparer.Default);

        /// <param name="known">The compilation's well-known types (the annotations' <c>ProcessingPurposeAttribute</c>).</param>
        /// <param name="sources">What is personal data (GDPR001-004's annotated sources).</param>
        public PurposeLimitationModel(KnownSymbols known, PersonalDataModel sources)
        {
            purposeAttribute = known.ProcessingPurposeAttribute;
            declarations = new DeclarationModel(known);
            this.sources = sources;
        }

        /// <summary>Whether the annotations that declare purposes are referenced at all.</summary>
        public bool IsAvailable => purposeAttribute != null;

        /// <summary>Whether <paramref name="member"/> is personal data (as GDPR001-004 see it).</summary>
        public bool IsPersonalData(ISymbol member) => sources.IsPersonalDataSymbol(member);

        /// <summary>The purposes declared for the personal data <paramref name="member"/> (see the class); empty when none.</summary>
        public ImmutableArray<string> PurposesOfData(ISymbol member) =>
            dataPurposes.GetOrAdd(member, symbol =>
            {
                ImmutableArray<string> own = declarations.StatedPurposesOn(symbol);
                return own.IsEmpty && symbol.ContainingType is { } type ? DeclaredOnTypeOrBase(type) : own;
            });

        /// <summary>The purposes declared for the processing that <paramref name="owner"/> (a method, accessor or other
        /// member whose body is analysed) performs (see the class); empty when none.</summary>
        public ImmutableArray<string> PurposesOfProcessing(ISymbol owner)
        {
            ImmutableArray<string> own = declarations.StatedPurposesOn(owner);
            if (own.IsEmpty && owner is IMethodSymbol { AssociatedSymbol: { } property })
            {
                own = declarations.StatedPurposesOn(property);
            }

            if (!own.IsEmpty || owner.ContainingType is not { } type || DeclaresPersonalData(type))
            {
                return own;
            }

            return DeclaredOnTypeOrBase(type);
        }

        /// <summary>Whether one purpose of <paramref name="data"/> equals one of <paramref name="processing"/> after
        /// trimming, ignoring case.</summary>
        public static bool Shares(ImmutableArray<string> data, ImmutableArray<string> processing)
        {
            foreach (string purpose in data)
            {
                foreach (string other in processing)
                {
                    if (string.Equals(purpose.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The purposes for a message: each in quotes, separated by commas (<c>'Support', 'Billing'</c>).</summary>
        public static string Display(ImmutableArray<string> purposes) => "'" + string.Join("', '", purposes) + "'";

        private ImmutableArray<string> DeclaredOnTypeOrBase(INamedTypeSymbol type)
        {
            // Bounded by the depth of the inheritance chain, which the compiler keeps free of cycles.
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                ImmutableArray<string> declared = declarations.StatedPurposesOn(current);
                if (!declared.IsEmpty)
                {
                    return declared;
                }
            }

            return ImmutableArray<string>.Empty;
        }

        private bool DeclaresPersonalData(INamedTypeSymbol type) =>
            declaresPersonalData.GetOrAdd(type, candidate =>
            {
                if (sources.IsPersonalDataType(candidate))
                {
                    return true;
                }

                foreach (ISymbol member in candidate.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsImplicitlyDeclared && sources.IsPersonalDataSymbol(member))
                    {
                        return true;
                    }
                }

                return false;
            });
    }
}
