using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR102 and GDPR103: probable personal data stored without a declared processing purpose or lawful basis. The
    /// stores, declarations and code fixes of GDPR002 and GDPR003; reported only with
    /// <c>gdpr.probable_personal_data_in_flows = true</c>, Info by default (GDPR Art. 5(1)(b), 6(1), 30).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbablePersonalDataStoredAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ProbableStoredWithoutPurpose, Descriptors.ProbableStoredWithoutLawfulBasis);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            PersonalDataStoredAnalyzer.Register(context, SourceKind.ProbablePersonalData);
        }
    }
}
