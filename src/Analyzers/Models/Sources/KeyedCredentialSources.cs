using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Credentials (GDPR Art. 32) that a program reads by a key, or with others in a collection, from a request, an HTTP
    /// message or its configuration; the framework sources of <see cref="CredentialSources"/> that depend on the key:
    /// <list type="bullet">
    /// <item>a header read by a credential's name (<c>Request.Headers["Authorization"]</c>, <c>X-Api-Key</c>, <see
    /// cref="CredentialNames.IsCredentialHeader"/>), by indexer, <c>TryGetValue</c>, <c>GetValues</c>,
    /// <c>TryGetValues</c> or <c>GetCommaSeparatedValues</c>, also with <c>HeaderNames.Authorization</c>; a header read by
    /// another name is not a credential (<c>X-Request-Id</c>, <c>Content-Type</c>);</item>
    /// <item>the headers of a request, response, HTTP message or <c>HttpClient</c> read whole (logged, joined, enumerated,
    /// <c>ToString()</c>): they hold the <c>Authorization</c>, <c>Cookie</c> and <c>Set-Cookie</c> headers;</item>
    /// <item>a request cookie, and a form field read by a credential's name (<c>Request.Form["password"]</c>);</item>
    /// <item>a configuration value whose key names a secret: its last segment is a credential's name
    /// (<c>configuration["Webhooks:Token"]</c>, <c>GetValue&lt;string&gt;("Smtp:Password")</c>,
    /// <c>GetSection("Stripe:ApiKey").Value</c>, <c>GetSection("Smtp")["Password"]</c>) or it is under
    /// <c>ConnectionStrings</c>;</item>
    /// <item>a URL given a query parameter named as a credential (<c>QueryHelpers.AddQueryString(url, "access_token",
    /// value)</c>).</item>
    /// </list>
    /// Stateless.
    /// </summary>
    internal static class KeyedCredentialSources
    {
        /// <summary>How deep a configuration section's path is read (<c>GetSection("A").GetSection("B")["C"]</c>).</summary>
        private const int MaxSectionNesting = 4;

        /// <summary>What <paramref name="value"/> is, as a credential read by key or a collection of headers.</summary>
        public static SourceAnswer Answer(IOperation value, KnownSymbols known)
        {
            switch (value)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { Type: { } collection } instance } indexer:
                    return KeyedRead(instance, collection, indexer.Arguments.Length == 1 ? KeyOf(indexer.Arguments[0].Value) : null, known);
                case IPropertyReferenceOperation { Property: { } property } read:
                    if (WholeHeadersName(property) is { } headers)
                    {
                        return WholeHeaders(read, headers);
                    }

                    return property.Name == "Value" && read.Instance is { Type: { } sectionType } section && IsConfiguration(sectionType, known)
                        && SectionPath(section, 0) is { Length: > 0 } path
                        ? Configuration(path, known)
                        : SourceAnswer.NoOpinion;
                case IInvocationOperation invocation:
                    return Call(invocation, known);
                default:
                    return SourceAnswer.NoOpinion;
            }
        }

        private static SourceAnswer KeyedRead(IOperation instance, ITypeSymbol collection, string? key, KnownSymbols known)
        {
            if (collection.Name.IndexOf("Cookie", System.StringComparison.Ordinal) >= 0)
            {
                return SourceAnswer.Source("cookie " + (key ?? "value"));
            }

            if (IsHeaderCollection(collection))
            {
                return key != null && CredentialNames.IsCredentialHeader(key) ? SourceAnswer.Source("header " + key) : SourceAnswer.NotASource;
            }

            if (key != null && collection.Name == "IFormCollection" && CredentialNames.IsCredential(key))
            {
                return SourceAnswer.Source("form field " + key);
            }

            if (key != null && IsConfiguration(collection, known))
            {
                string prefix = SectionPath(instance, 0);
                return Configuration(prefix.Length > 0 ? prefix + ":" + key : key, known);
            }

            return SourceAnswer.NoOpinion;
        }

        private static SourceAnswer Call(IInvocationOperation invocation, KnownSymbols known)
        {
            IMethodSymbol method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "TryGetValue" or "GetValues" or "TryGetValues" or "GetCommaSeparatedValues" when HeaderCollectionOf(invocation) != null:
                    return HeaderKey(invocation) is { } header && CredentialNames.IsCredentialHeader(header)
                        ? SourceAnswer.Source("header " + header)
                        : SourceAnswer.NotASource;
                case "GetValue" when method.ContainingType?.Name == "ConfigurationBinder" && invocation.Arguments.Length >= 2:
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Name == "key" && KeyOf(argument.Value) is { } key)
                        {
                            string prefix = SectionPath(invocation.Arguments[0].Value, 0);
                            return Configuration(prefix.Length > 0 ? prefix + ":" + key : key, known);
                        }
                    }

                    return SourceAnswer.NoOpinion;
                case "AddQueryString" when method.ContainingType?.Name == "QueryHelpers" && invocation.Arguments.Length == 3:
                    return KeyOf(invocation.Arguments[1].Value) is { } name && CredentialNames.IsCredentialQueryParameter(name)
                        ? SourceAnswer.Source("query parameter " + name + " in a URL")
                        : SourceAnswer.NoOpinion;
                default:
                    return SourceAnswer.NoOpinion;
            }
        }

        /// <summary>The headers of a request, response, HTTP message or <c>HttpClient</c> read whole: a source, unless
        /// read through a call that takes a header's name (<c>Request.Headers.TryGetValue("X-Request-Id", ...)</c>), which
        /// the name decides.</summary>
        private static SourceAnswer WholeHeaders(IPropertyReferenceOperation read, string name)
        {
            IOperation? parent = read.Parent;
            while (parent is IConversionOperation or IArgumentOperation)
            {
                parent = parent.Parent;
            }

            if (parent is IInvocationOperation call && HeaderCollectionOf(call) != null)
            {
                if (HeaderKey(call) is { } key)
                {
                    return CredentialNames.IsCredentialHeader(key) ? SourceAnswer.Source("header " + key) : SourceAnswer.NotASource;
                }

                if (TakesHeaderName(call.TargetMethod))
                {
                    return SourceAnswer.NotASource; // A name the code computes: which header is not known.
                }
            }

            return SourceAnswer.Source(name);
        }

        /// <summary>The name messages give a header collection read whole, or null when <paramref name="property"/> is
        /// not one.</summary>
        private static string? WholeHeadersName(IPropertySymbol property)
        {
            if (property.Name is not ("Headers" or "DefaultRequestHeaders") || !IsHeaderCollection(property.Type))
            {
                return null;
            }

            INamedTypeSymbol? owner = property.ContainingType;
            if (RawBodySources.IsLibraryType(owner, "Microsoft.AspNetCore.Http", "HttpRequest"))
            {
                return "the request's headers";
            }

            if (RawBodySources.IsLibraryType(owner, "Microsoft.AspNetCore.Http", "HttpResponse"))
            {
                return "the response's headers";
            }

            if (RawBodySources.IsLibraryType(owner, "System.Net.Http", "HttpRequestMessage") || RawBodySources.IsLibraryType(owner, "System.Net.Http", "HttpClient"))
            {
                return "the HTTP request's headers";
            }

            return RawBodySources.IsLibraryType(owner, "System.Net.Http", "HttpResponseMessage") ? "the HTTP response's headers" : null;
        }

        /// <summary>The header collection a call is made on (its instance, or an extension method's first argument), or null.</summary>
        private static IOperation? HeaderCollectionOf(IInvocationOperation call)
        {
            IOperation? collection = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            return collection?.Type is { } type && IsHeaderCollection(type) ? collection : null;
        }

        /// <summary>The header name a call on a header collection takes (<c>GetValues("Set-Cookie")</c>), or null.</summary>
        private static string? HeaderKey(IInvocationOperation call)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter is { Name: "key" or "name" or "headerName" } && argument.Value.Type?.SpecialType == SpecialType.System_String)
                {
                    return KeyOf(argument.Value);
                }
            }

            return null;
        }

        private static bool TakesHeaderName(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Name is "key" or "name" or "headerName" && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A configuration value read by <paramref name="path"/> is a credential when its last segment names a
        /// secret (<see cref="CredentialNames.IsCredential"/>) or it is under <c>ConnectionStrings</c>.</summary>
        private static SourceAnswer Configuration(string path, KnownSymbols known)
        {
            int colon = path.LastIndexOf(':');
            string last = path.Substring(colon + 1);
            bool secret = path.StartsWith("ConnectionStrings:", System.StringComparison.OrdinalIgnoreCase) || CredentialNames.IsCredential(last);
            return secret ? SourceAnswer.Source("configuration value '" + path + "'") : SourceAnswer.NoOpinion;
        }

        /// <summary>The path of a configuration section read with constant keys (<c>GetSection("Smtp")</c> is
        /// <c>Smtp</c>), or empty for the configuration itself or a section whose path is not known.</summary>
        private static string SectionPath(IOperation section, int nesting)
        {
            section = SymbolRelations.WithoutConversions(section);
            if (nesting > MaxSectionNesting || section is not IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } call)
            {
                return string.Empty;
            }

            IOperation? parent = call.Instance ?? (call.Arguments.Length == 2 ? call.Arguments[0].Value : null);
            string? key = call.Arguments.Length > 0 ? KeyOf(call.Arguments[call.Arguments.Length - 1].Value) : null;
            if (key is null)
            {
                return string.Empty;
            }

            string prefix = parent is null ? string.Empty : SectionPath(parent, nesting + 1);
            return prefix.Length > 0 ? prefix + ":" + key : key;
        }

        private static bool IsConfiguration(ITypeSymbol type, KnownSymbols known) =>
            type.Name.IndexOf("Configuration", System.StringComparison.Ordinal) >= 0 && SymbolRelations.Implements(type, known.Configuration);

        /// <summary>A header collection of ASP.NET Core (<c>IHeaderDictionary</c>) or <c>System.Net.Http</c>
        /// (<c>HttpRequestHeaders</c>, <c>HttpResponseHeaders</c>, <c>HttpHeaders</c>), by name.</summary>
        private static bool IsHeaderCollection(ITypeSymbol type) =>
            type.Name.IndexOf("Header", System.StringComparison.Ordinal) >= 0 && !SymbolRelations.IsInSource(type);

        private static string? KeyOf(IOperation key) => PersonalDataModel.KeyText(key);
    }
}
