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
    /// <c>ProcessStartInfo.Arguments</c> and <c>ArgumentList</c>), and what <see cref="KeyedCredentialSources"/> finds by
    /// key: headers read through calls or whole, form fields and configuration values read by a secret's key, URLs given
    /// a credential query parameter (and the <c>RequestUri</c> of a message built from one, see
    /// <see cref="MemberOfSourceIsSource"/>). <c>Main</c>'s <c>args</c> one by one are not: on real code they are paths
    /// and names a tool prints. Thread-safe.
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

        /// <summary>A member of a credential is a credential only by itself, except where it hands back what its
        /// object was built from: the <c>RequestUri</c> of an HTTP request message built from a URL whose query carries a
        /// credential, the URL of a <c>UriBuilder</c> or <c>Uri</c> (<c>Uri</c>, <c>AbsoluteUri</c>,
        /// <c>OriginalString</c>, <c>PathAndQuery</c>, <c>Query</c>), and the value of a key-value pair (a header
        /// enumerated from a request's headers).</summary>
        public override bool MemberOfSourceIsSource(ISymbol member) =>
            member.Name switch
            {
                "RequestUri" => RawBodySources.IsLibraryType(member.ContainingType, "System.Net.Http", "HttpRequestMessage"),
                "Uri" => RawBodySources.IsLibraryType(member.ContainingType, "System", "UriBuilder"),
                "AbsoluteUri" or "OriginalString" or "PathAndQuery" or "Query" => RawBodySources.IsLibraryType(member.ContainingType, "System", "Uri"),
                "Value" => member.ContainingType is { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
                    && pair.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic",
                _ => false,
            };

        /// <summary>Not where the method's name says its result is a part of the credential that is no secret
        /// (<see cref="CredentialNames.NamesPublicPart"/>: <c>GetHostName(connectionString)</c>,
        /// <c>GetScheme(authorization)</c>, <c>ParseUserId(token)</c>); any other method's result holds the secret it was
        /// given.</summary>
        public override bool ResultCarriesArguments(IMethodSymbol method) => !CredentialNames.NamesPublicPart(method.Name);

        /// <inheritdoc/>
        public override bool LibraryTextFormsShowSources => false;

        /// <inheritdoc/>
        public override bool IsPersonalDataSymbol(ISymbol symbol) =>
            IsCredential(symbol) || IsMarkedCredential(symbol) || (Known.FrameworkSources && FrameworkCredentials.Contains(symbol));

        /// <summary>Whether a property, field or parameter is marked <c>[PersonalData(PersonalDataCategory.Credential)]</c>.</summary>
        public bool IsMarkedCredential(ISymbol symbol) =>
            symbol is IPropertySymbol or IFieldSymbol or IParameterSymbol && Known.PersonalDataAttribute != null
            && CategoryArgument(symbol.GetAttributes()) == "Credential";

        /// <summary>Whether the method's name says it returns a credential (<c>GetConnectionString</c>), or its result is
        /// marked <c>[return: PersonalData(PersonalDataCategory.Credential)]</c>.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method) =>
            !method.ReturnsVoid && (IsCredential(method)
                || (Known.PersonalDataAttribute != null && CategoryArgument(method.GetReturnTypeAttributes()) == "Credential")
                || (Known.FrameworkSources && FrameworkCredentials.Contains(method)));

        /// <summary>With framework sources on, what <see cref="KeyedCredentialSources"/> says: credential headers and
        /// cookies read by name, a request's or HTTP message's headers read whole, configuration values read by a
        /// secret's key, a URL given a credential query parameter.</summary>
        public override SourceAnswer SourceOf(IOperation value) =>
            Known.FrameworkSources ? KeyedCredentialSources.Answer(value, Known) : SourceAnswer.NoOpinion;

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
