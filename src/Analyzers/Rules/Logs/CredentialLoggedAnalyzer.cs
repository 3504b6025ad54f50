using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR006: a credential (password, secret, API key, access or refresh token, connection string, or a URL that carries
    /// one in its query) reaches a log sink. Found by name (<see cref="CredentialNames"/>), followed by the same flow engine
    /// and sinks as GDPR001, fixed by the same code fix. A Warning although name-based: a leaked secret is never
    /// acceptable (GDPR Art. 32, security of processing).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialLoggedAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialLogged);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            PersonalDataLoggedAnalyzer.Register(context, Descriptors.CredentialLogged, SourceKind.Credentials);
        }
    }
}
