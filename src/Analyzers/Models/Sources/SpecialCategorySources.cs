using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of GDPR014 (special-category personal data stored without protection, GDPR Art. 9, 32(1)(a)): what the
    /// code marks <c>[PersonalData(PersonalDataCategory.SpecialCategory)]</c> (GdprAnalyzers' attribute: health,
    /// biometric, genetic data, origin, opinions, beliefs, trade-union membership, sex life or orientation), on a property,
    /// field or parameter, on a method's return value, or on a type whose every value is such data. Nothing else: ASP.NET
    /// Core Identity's <c>[ProtectedPersonalData]</c> marks e-mail addresses and user names, which are not special
    /// categories, and the framework sources (claims, IP addresses) are not either. A flow ends at encryption or data
    /// protection (<see cref="SanitizerModel.IsProtection"/>: <c>IDataProtector.Protect</c>, the .NET ciphers, a
    /// method marked <c>[Encryption]</c>) as well as at the redactions every rule honours. Thread-safe.
    /// </summary>
    internal sealed class SpecialCategorySources : PersonalDataModel
    {
        /// <summary>The name of <c>PersonalDataCategory.SpecialCategory</c>.</summary>
        public const string Category = "SpecialCategory";

        private readonly SanitizerModel sanitizers;

        /// <param name="known">The compilation's well-known types.</param>
        public SpecialCategorySources(KnownSymbols known)
            : base(known, honourLogExclusions: false)
        {
            sanitizers = new SanitizerModel(known);
        }

        /// <summary>Whether GdprAnalyzers' annotations are referenced (else nothing can be marked a special category).</summary>
        public bool IsAvailable => Known.PersonalDataAttribute != null;

        /// <summary>A property, field or parameter marked a special category, or of a type marked so.</summary>
        public override bool IsPersonalDataSymbol(ISymbol symbol) => symbol switch
        {
            IPropertySymbol property => IsMarked(property) || IsPersonalDataType(property.Type),
            IFieldSymbol field => IsMarked(field) || (field.AssociatedSymbol is IPropertySymbol associated && IsMarked(associated)) || IsPersonalDataType(field.Type),
            IParameterSymbol parameter => IsMarked(parameter) || IsPersonalDataType(parameter.Type),
            IMethodSymbol method => ReturnsPersonalData(method),
            _ => false,
        };

        /// <summary>A type (or a base type) marked <c>[PersonalData(PersonalDataCategory.SpecialCategory)]</c>.</summary>
        public override bool IsPersonalDataType(ITypeSymbol? type)
        {
            if (!IsAvailable)
            {
                return false;
            }

            for (ITypeSymbol? current = type; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                if (CategoryArgument(current.GetAttributes()) == Category)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A method whose result is marked <c>[return: PersonalData(PersonalDataCategory.SpecialCategory)]</c>.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method) =>
            IsAvailable && !method.ReturnsVoid && CategoryArgument(method.GetReturnTypeAttributes()) == Category;

        /// <summary>Encryption, data protection and cryptographic hashes, the project's <c>[Encryption]</c> methods.</summary>
        public override bool EndsFlow(IMethodSymbol method) => sanitizers.IsProtection(method);

        /// <summary>Always <c>SpecialCategory</c>.</summary>
        public override string? CategoryOf(ISymbol? origin) => Category;

        private bool IsMarked(ISymbol symbol) => IsAvailable && CategoryArgument(symbol.GetAttributes()) == Category;
    }
}
