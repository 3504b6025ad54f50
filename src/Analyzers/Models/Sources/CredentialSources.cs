using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of GDPR006: credentials (passwords, tokens, keys, connection strings, Art. 32 security of processing),
    /// found by the name of the member, parameter, local or method that holds them (<see cref="CredentialNames"/>) when it
    /// holds text or bytes, or marked <c>[PersonalData(PersonalDataCategory.Credential)]</c>. A member of a credential is
    /// a credential only by its own name, and a value of a credential query parameter in a URL (<c>?token={value}</c>) is
    /// one. With <c>gdpr.framework_sources</c> on (the default), so are the credentials a request or an HTTP message
    /// carries: the <c>Authorization</c>, <c>Proxy-Authorization</c>, <c>Cookie</c> and <c>Set-Cookie</c> headers and
    /// headers named as credentials (<c>X-Api-Key</c>), read by name or through the typed header properties, a bearer
    /// scheme's <c>AuthenticationHeaderValue.Parameter</c>, request cookies, and a request's query string and the URLs
    /// that contain it (<c>Request.QueryString</c>, <c>Request.Query</c>, <c>GetDisplayUrl()</c>, <c>GetEncodedUrl()</c>,
    /// <c>GetEncodedPathAndQuery()</c>), and the process's whole command line and environment
    /// (<c>Environment.GetCommandLineArgs()</c>, <c>Environment.GetEnvironmentVariables()</c>,
    /// <c>ProcessStartInfo.Arguments</c> and <c>ArgumentList</c>). <c>Main</c>'s <c>args</c> one by one are not: on real
    /// code they are paths and names a tool prints. Thread-safe.
    /// </summary>
    internal class CredentialSources : PersonalDataModel
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
        public override bool IsPersonalDataSymbol(ISymbol symbol) =>
            IsCredential(symbol)
            || (symbol is IPropertySymbol or IFieldSymbol or IParameterSymbol && Known.PersonalDataAttribute != null
                && CategoryArgument(symbol.GetAttributes()) == "Credential")
            || (Known.FrameworkSources && FrameworkCredentials.Contains(symbol));

        /// <summary>Whether the method's name says it returns a credential (<c>GetConnectionString</c>), or its result is
        /// marked <c>[return: PersonalData(PersonalDataCategory.Credential)]</c>.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method) =>
            !method.ReturnsVoid && (IsCredential(method)
                || (Known.PersonalDataAttribute != null && CategoryArgument(method.GetReturnTypeAttributes()) == "Credential")
                || (Known.FrameworkSources && FrameworkCredentials.Contains(method)));

        /// <summary>A header of a request, response or HTTP message read by a credential's name
        /// (<c>Request.Headers["Authorization"]</c>, <see cref="CredentialNames.IsCredentialHeader"/>), named <c>header
        /// Authorization</c>; a request cookie (<c>Request.Cookies["session"]</c>), named <c>cookie session</c>. With
        /// framework sources on.</summary>
        public override string? HeaderSource(IPropertyReferenceOperation indexer)
        {
            if (!Known.FrameworkSources || indexer.Instance?.Type is not { } collection)
            {
                return null;
            }

            string? key = ConstantKey(indexer);
            if (collection.Name.IndexOf("Cookie", System.StringComparison.Ordinal) >= 0)
            {
                return "cookie " + (key ?? "value");
            }

            return collection.Name.IndexOf("Header", System.StringComparison.Ordinal) >= 0 && key != null && CredentialNames.IsCredentialHeader(key)
                ? "header " + key
                : null;
        }

        /// <summary>Framework members whose values are credentials wherever they come from: ASP.NET Core's typed
        /// credential headers, <c>HttpClient</c>'s authorization headers and a scheme's parameter (the bearer token), and a
        /// request's query string and the URLs that contain it (tokens travel there: <c>?access_token=</c> of a WebSocket
        /// or server-sent events connection).</summary>
        private static readonly LibraryMembers FrameworkCredentials = new(
            "Microsoft.AspNetCore.Http.IHeaderDictionary.Authorization",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.ProxyAuthorization",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.Cookie",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.SetCookie",
            "System.Net.Http.Headers.HttpRequestHeaders.Authorization",
            "System.Net.Http.Headers.HttpRequestHeaders.ProxyAuthorization",
            "System.Net.Http.Headers.AuthenticationHeaderValue.Parameter",
            "Microsoft.AspNetCore.Http.HttpRequest.QueryString",
            "Microsoft.AspNetCore.Http.HttpRequest.Query",
            "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetDisplayUrl",
            "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedUrl",
            "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedPathAndQuery",
            "System.Environment.GetCommandLineArgs",
            "System.Environment.GetEnvironmentVariables",
            "System.Diagnostics.ProcessStartInfo.Arguments",
            "System.Diagnostics.ProcessStartInfo.ArgumentList");


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
