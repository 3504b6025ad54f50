using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of GDPR006: credentials (passwords, tokens, keys, connection strings, Art. 32 security of processing),
    /// found by the name of the member, parameter, local or method that holds them (<see cref="CredentialNames"/>) when it
    /// holds text or bytes; attributes do not count. A member of a credential is a credential only by its own name, and a
    /// value of a credential query parameter in a URL (<c>?token={value}</c>) is one. Thread-safe.
    /// </summary>
    internal sealed class CredentialSources : PersonalDataModel
    {
        private readonly ConcurrentDictionary<string, bool> credentialNames = new(System.StringComparer.Ordinal);

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">See <see cref="PersonalDataModel(KnownSymbols, bool)"/>.</param>
        public CredentialSources(KnownSymbols known, bool honourLogExclusions)
            : base(known, honourLogExclusions)
        {
        }

        /// <inheritdoc/>
        public override bool QueryParameterValuesAreSources => true;

        /// <inheritdoc/>
        public override bool OnlyTextOrBytesResultsCarryArguments => true;

        /// <inheritdoc/>
        public override bool MembersOfSourcesAreSources => false;

        /// <inheritdoc/>
        public override bool LibraryTextFormsShowSources => false;

        /// <inheritdoc/>
        public override bool IsPersonalDataSymbol(ISymbol symbol) => IsCredential(symbol);

        /// <summary>Whether the method's name says it returns a credential (<c>GetConnectionString</c>); attributes do not
        /// count.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method) => !method.ReturnsVoid && IsCredential(method);

        /// <summary>Always <c>Credential</c>.</summary>
        public override string? CategoryOf(ISymbol? origin) => "Credential";

        private bool IsCredential(ISymbol symbol)
        {
            ITypeSymbol? type = symbol switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                IParameterSymbol parameter => parameter.Type,
                ILocalSymbol local => local.Type,
                IMethodSymbol method => method.ReturnType,
                _ => null,
            };

            if (type is null)
            {
                return false;
            }

            // A secret is held as text or bytes (a header or query value's StringValues too, or in a token object); a flag,
            // count or date about it is not the secret.
            bool holdsSecret = type.SpecialType == SpecialType.System_String
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte }
                || type.SpecialType == SpecialType.System_Object
                || (type is INamedTypeSymbol { Name: "StringValues", TypeKind: TypeKind.Struct } values && values.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Primitives")
                || (type.TypeKind == TypeKind.Class && (type.Name.EndsWith("Token", System.StringComparison.Ordinal) || type.Name.EndsWith("Credential", System.StringComparison.Ordinal) || type.Name == "SecureString"));
            return holdsSecret && credentialNames.GetOrAdd(symbol.Name, CredentialNames.IsCredential);
        }

    }
}
