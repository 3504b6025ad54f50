using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Settings that make a library write personal data or credentials to logs or error pages (GDPR020), as a table of
    /// library members: EF Core's <c>DbContextOptionsBuilder.EnableSensitiveDataLogging()</c> (no argument or
    /// <c>true</c>); ASP.NET Core's <c>UseDeveloperExceptionPage()</c>; <c>HttpLoggingOptions.LoggingFields</c> with
    /// <c>RequestBody</c>, <c>ResponseBody</c> or <c>RequestQuery</c>, and <c>W3CLoggerOptions.LoggingFields</c> with
    /// <c>Cookie</c> or <c>UriQuery</c> (directly or through a combination such as <c>All</c>); a credential header
    /// (<c>Authorization</c>, <c>Proxy-Authorization</c>, <c>Cookie</c>, <c>Set-Cookie</c>, an API key or token header by
    /// GDPR006's names)
    /// added to their <c>RequestHeaders</c>, <c>ResponseHeaders</c> or <c>AdditionalRequestHeaders</c>;
    /// Microsoft.IdentityModel's <c>IdentityModelEventSource.ShowPII</c> and <c>LogCompleteSecurityArtifact</c> set to
    /// <c>true</c>; Sentry's <c>SentryOptions.SendDefaultPii</c> set to <c>true</c>. Whether the setting is guarded is
    /// <see cref="DevelopmentGuards"/>' question. Thread-safe; per compilation.
    /// </summary>
    internal sealed class LeakingConfigurationModel
    {
        private readonly KnownSymbols known;

        /// <param name="known">The compilation's well-known types.</param>
        public LeakingConfigurationModel(KnownSymbols known)
        {
            this.known = known;
        }

        /// <summary>Whether the compilation references any library of the table (otherwise the rule registers nothing).</summary>
        public bool IsAvailable =>
            known.EfDbContextOptionsBuilder != null || known.DeveloperExceptionPageExtensions != null || known.IdentityModelEventSource != null
            || known.SentryOptions != null || known.HttpLoggingOptions != null || known.W3CLoggerOptions != null;

        /// <summary>The setting a call turns on, or null.</summary>
        public LeakingSetting? Classify(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "EnableSensitiveDataLogging" when SymbolRelations.DerivesFrom(method.ContainingType, known.EfDbContextOptionsBuilder)
                    && (invocation.Arguments.Length == 0 || IsTrue(invocation.Arguments[0].Value)):
                    return new LeakingSetting("EnableSensitiveDataLogging()", "makes EF Core write the values of query parameters to its logs");
                case "UseDeveloperExceptionPage" when SymbolEqualityComparer.Default.Equals(method.ContainingType, known.DeveloperExceptionPageExtensions):
                    return new LeakingSetting("UseDeveloperExceptionPage()", "shows the request's headers, cookies and query string on error pages");
                case "Add" when invocation.Instance is IPropertyReferenceOperation { Property: { Name: "RequestHeaders" or "ResponseHeaders" or "AdditionalRequestHeaders" } headers }
                    && IsHttpLoggingOptions(headers.ContainingType)
                    && invocation.Arguments.Length == 1 && CredentialHeader(invocation.Arguments[0].Value) is { } header:
                    return new LeakingSetting(headers.Name + ".Add(\"" + header + "\")", "makes HTTP logging write the '" + header + "' header, a credential");
                default:
                    return null;
            }
        }

        /// <summary>The setting an assignment (<c>=</c> or <c>|=</c>) turns on, or null.</summary>
        public LeakingSetting? Classify(IAssignmentOperation assignment)
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }
                || (assignment is ICompoundAssignmentOperation compound && compound.OperatorKind != BinaryOperatorKind.Or))
            {
                return null;
            }

            INamedTypeSymbol type = property.ContainingType;
            switch (property.Name)
            {
                case "ShowPII" when SymbolEqualityComparer.Default.Equals(type, known.IdentityModelEventSource) && IsTrue(assignment.Value):
                    return new LeakingSetting("IdentityModelEventSource.ShowPII = true", "makes Microsoft.IdentityModel write personal data into its logs and exception messages");
                case "LogCompleteSecurityArtifact" when SymbolEqualityComparer.Default.Equals(type, known.IdentityModelEventSource) && IsTrue(assignment.Value):
                    return new LeakingSetting("IdentityModelEventSource.LogCompleteSecurityArtifact = true", "makes Microsoft.IdentityModel write whole security tokens to its logs");
                case "SendDefaultPii" when SymbolRelations.DerivesFrom(type, known.SentryOptions) && IsTrue(assignment.Value):
                    return new LeakingSetting("SendDefaultPii = true", "makes Sentry send the user's IP address, user name, cookies and request headers with every event");
                case "LoggingFields" when SymbolRelations.DerivesFrom(type, known.HttpLoggingOptions)
                    && Included(assignment.Value, "RequestBody", "ResponseBody", "RequestQuery") is { } fields:
                    return new LeakingSetting("LoggingFields = " + assignment.Value.Syntax, "makes HTTP logging write " + fields);
                case "LoggingFields" when SymbolRelations.DerivesFrom(type, known.W3CLoggerOptions)
                    && Included(assignment.Value, "Cookie", "UriQuery") is { } fields:
                    return new LeakingSetting("LoggingFields = " + assignment.Value.Syntax, "makes W3C logging write " + fields);
                default:
                    return null;
            }
        }

        private bool IsHttpLoggingOptions(INamedTypeSymbol? type) =>
            SymbolRelations.DerivesFrom(type, known.HttpLoggingOptions) || SymbolRelations.DerivesFrom(type, known.W3CLoggerOptions);

        private static bool IsTrue(IOperation value) => value.ConstantValue is { HasValue: true, Value: true };

        /// <summary>
        /// The names of <paramref name="flags"/> that the constant enum value <paramref name="value"/> includes, joined
        /// for a message (<c>RequestBody and RequestQuery</c>), or null when it includes none or is not a constant. A flag
        /// the referenced version does not have is skipped.
        /// </summary>
        private static string? Included(IOperation value, params string[] flags)
        {
            IOperation unwrapped = SymbolRelations.WithoutConversions(value, implicitOnly: false);
            if (unwrapped.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType || value.ConstantValue is not { HasValue: true, Value: { } constant })
            {
                return null;
            }

            long bits = Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture);
            string? found = null;
            foreach (string flag in flags)
            {
                foreach (ISymbol member in enumType.GetMembers(flag))
                {
                    if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } flagValue })
                    {
                        long flagBits = Convert.ToInt64(flagValue, System.Globalization.CultureInfo.InvariantCulture);
                        if (flagBits != 0 && (bits & flagBits) == flagBits)
                        {
                            found = found is null ? flag : found + " and " + flag;
                        }
                    }
                }
            }

            return found;
        }

        /// <summary>The name of a credential header that <paramref name="value"/> names: a string constant, or a field of
        /// ASP.NET Core's <c>HeaderNames</c> (static read-only strings, not constants); null for any other header.</summary>
        private static string? CredentialHeader(IOperation value)
        {
            string? name = value.ConstantValue is { HasValue: true, Value: string text }
                ? text
                : SymbolRelations.WithoutConversions(value, implicitOnly: false) is IFieldReferenceOperation { Field: { ContainingType.Name: "HeaderNames" } field }
                    ? HeaderNameOf(field.Name)
                    : null;
            return name != null && CredentialNames.IsCredentialHeader(name) ? name : null;
        }

        private static string HeaderNameOf(string fieldName) => fieldName switch
        {
            "ProxyAuthorization" => "Proxy-Authorization",
            "SetCookie" => "Set-Cookie",
            _ => fieldName,
        };
    }

    /// <summary>A setting of <see cref="LeakingConfigurationModel"/>: how the diagnostic names it
    /// (<c>EnableSensitiveDataLogging()</c>) and what it does, as the rest of the message's sentence.</summary>
    internal sealed class LeakingSetting
    {
        public LeakingSetting(string name, string effect)
        {
            Name = name;
            Effect = effect;
        }

        /// <summary>The setting as written: a call or an assignment.</summary>
        public string Name { get; }

        /// <summary>What it makes the library do ("makes EF Core write the values of query parameters to its logs").</summary>
        public string Effect { get; }
    }
}
