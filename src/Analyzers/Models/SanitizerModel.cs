using System;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sanitizers: calls whose result is free of the personal data they were given, so that a flow ends there
    /// (GDPR Art. 4(5) and Recital 26 pseudonymisation; Art. 5(1)(c) minimisation). <c>GdprAnalyzers.Annotations.Redact</c>,
    /// Microsoft.Extensions.Compliance's <c>Redactor.Redact</c>, methods marked <c>[Redaction]</c>, the models file's
    /// <c>sanitizer</c> lines, and the project's own masking helpers by name.
    /// </summary>
    internal sealed class SanitizerModel
    {
        private readonly KnownSymbols known;

        /// <param name="known">The compilation's well-known symbols and the user's models file.</param>
        public SanitizerModel(KnownSymbols known) => this.known = known;

        /// <summary>Whether <paramref name="method"/> redacts: <c>GdprAnalyzers.Annotations.Redact.*</c>,
        /// <c>Redactor.Redact</c> of Microsoft.Extensions.Compliance, or a method marked <c>[Redaction]</c>.</summary>
        public bool IsRedaction(IMethodSymbol method)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            if ((known.Redact != null && SymbolEqualityComparer.Default.Equals(type, known.Redact)) || known.User.IsSanitizer(method))
            {
                return true;
            }

            if (known.Redactor != null && method.Name == "Redact")
            {
                for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, known.Redactor))
                    {
                        return true;
                    }
                }
            }

            if (IsNamedSanitizer(method))
            {
                return true;
            }

            if (known.RedactionAttribute != null)
            {
                IMethodSymbol original = method.ReducedFrom ?? method;
                foreach (AttributeData attribute in original.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.RedactionAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The project's own masking helpers, by name: a method written in the project whose name begins with
        /// <c>Obfuscate</c>, <c>Mask</c>, <c>Scrub</c>, <c>ToScrubbed</c>, <c>Sanitize</c>/<c>Sanitise</c>,
        /// <c>Anonymize</c>/<c>Anonymise</c>, <c>Pseudonymize</c>/<c>Pseudonymise</c> or <c>Redact</c>
        /// (IdentityServer's <c>Obfuscate()</c>, which keeps the last four characters of a secret, and
        /// <c>ToScrubbedDictionary()</c>). Methods of other assemblies count only by the models file or the attribute.</summary>
        private static bool IsNamedSanitizer(IMethodSymbol method)
        {
            IMethodSymbol original = method.ReducedFrom ?? method;
            if (original.Locations.Length == 0 || !original.Locations[0].IsInSource || original.ReturnsVoid)
            {
                return false;
            }

            foreach (string prefix in SanitizerPrefixes)
            {
                if (original.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] SanitizerPrefixes =
        {
            "Obfuscate", "Mask", "Scrub", "ToScrubbed", "Sanitize", "Sanitise", "Anonymize", "Anonymise", "Pseudonymize", "Pseudonymise", "Redact",
        };
    }
}
