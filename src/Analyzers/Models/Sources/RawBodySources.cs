using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Raw data a program receives from outside, which is personal data wherever it comes from because nothing says what
    /// it holds (GDPR Art. 4(1); Art. 5(1)(c), data minimisation, when it is logged): the body of an ASP.NET Core request
    /// (<c>Request.Body</c>, <c>BodyReader</c>, <c>ReadFromJsonAsync</c> untyped or into a type of another assembly such as
    /// <c>JsonElement</c>), and the body of an HTTP message received
    /// from or sent to another service (<c>HttpContent.ReadAsStringAsync</c>, <c>ReadAsStreamAsync</c>,
    /// <c>ReadAsByteArrayAsync</c>, <c>ReadAsStream</c>, <c>ReadFromJsonAsync</c>; <c>HttpClient.GetStringAsync</c>,
    /// <c>GetByteArrayAsync</c>, <c>GetStreamAsync</c>, <c>GetFromJsonAsync</c>). A typed read into a type declared in the
    /// project (<c>ReadFromJsonAsync&lt;SignUp&gt;()</c>) is not raw: it follows that type's declarations, as model-bound
    /// parameters do. A request's form (<c>Request.Form</c>, <c>ReadFormAsync()</c>) is not a source of personal data: on
    /// real code it is a protocol message (an OAuth token request's grant type, client id, token type hint) handed to
    /// validators that log single fields, and all 18 findings it made on the corpus were such fields; a form field read
    /// by a credential's name is a credential (<see cref="KeyedCredentialSources"/>). Asked by
    /// <see cref="AnnotatedPersonalDataSources"/> for log sinks, with <c>gdpr.framework_sources</c> on. Stateless.
    /// </summary>
    internal static class RawBodySources
    {
        /// <summary>The name of the raw body or form <paramref name="value"/> reads, or null.</summary>
        public static string? NameOf(IOperation value)
        {
            switch (value)
            {
                case IPropertyReferenceOperation { Property: { IsIndexer: false } property }:
                    return property.Name is "Body" or "BodyReader" && IsLibraryType(property.ContainingType, "Microsoft.AspNetCore.Http", "HttpRequest")
                        ? "the request's body"
                        : null;
                case IInvocationOperation invocation:
                    return NameOf(invocation);
                default:
                    return null;
            }
        }

        private static string? NameOf(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol? type = method.ContainingType;
            switch (method.Name)
            {
                case "ReadFromJsonAsync":
                    if (IsLibraryType(type, "Microsoft.AspNetCore.Http", "HttpRequestJsonExtensions"))
                    {
                        return IsRaw(method) ? "the request's body" : null;
                    }

                    return IsLibraryType(type, "System.Net.Http.Json", "HttpContentJsonExtensions") && IsRaw(method)
                        ? MessageBody(invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)
                        : null;
                case "ReadAsStringAsync" or "ReadAsStreamAsync" or "ReadAsByteArrayAsync" or "ReadAsStream":
                    return IsLibraryType(type, "System.Net.Http", "HttpContent") ? MessageBody(invocation.Instance) : null;
                case "GetStringAsync" or "GetByteArrayAsync" or "GetStreamAsync":
                    return IsLibraryType(type, "System.Net.Http", "HttpClient") ? "the HTTP response's body" : null;
                case "GetFromJsonAsync":
                    return IsLibraryType(type, "System.Net.Http.Json", "HttpClientJsonExtensions") && IsRaw(method) ? "the HTTP response's body" : null;
                default:
                    return null;
            }
        }

        /// <summary>Whose body an <c>HttpContent</c> is: <c>response.Content</c> is the HTTP response's,
        /// <c>request.Content</c> the HTTP request's.</summary>
        private static string MessageBody(IOperation? content) =>
            content != null && SymbolRelations.WithoutConversions(content) is IPropertyReferenceOperation { Property.Name: "Content", Instance.Type.Name: { } owner }
                ? owner switch
                {
                    "HttpResponseMessage" => "the HTTP response's body",
                    "HttpRequestMessage" => "the HTTP request's body",
                    _ => "an HTTP message's body",
                }
                : "an HTTP message's body";

        /// <summary>Whether a JSON read's result is raw: untyped (<c>ReadFromJsonAsync(Type)</c>, <c>object</c>), or a
        /// type of another assembly (<c>JsonElement</c>, <c>JsonNode</c>, a dictionary, a string), rather than a type the
        /// project declares (or a sequence of one), whose declarations say what is personal data.</summary>
        private static bool IsRaw(IMethodSymbol method)
        {
            if (method.TypeArguments.Length != 1)
            {
                return true;
            }

            ITypeSymbol type = method.TypeArguments[0];
            for (int nesting = 0; nesting < 4; nesting++)
            {
                if (SymbolRelations.IsInSource(type))
                {
                    return false;
                }

                ITypeSymbol? element = type is IArrayTypeSymbol array ? array.ElementType : SymbolRelations.SequenceElementType(type);
                if (element is null)
                {
                    break;
                }

                type = element;
            }

            return type is not ITypeParameterSymbol;
        }

        /// <summary>Whether <paramref name="type"/> is the library type <paramref name="name"/> of namespace
        /// <paramref name="ns"/> (not a type of the project with the same name).</summary>
        internal static bool IsLibraryType(INamedTypeSymbol? type, string ns, string name) =>
            type != null && type.Name == name && !SymbolRelations.IsInSource(type)
            && type.ContainingNamespace?.ToDisplayString() == ns;
    }
}
