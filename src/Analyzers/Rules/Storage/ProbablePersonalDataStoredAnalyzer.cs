using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR102, GDPR103 and GDPR106: probable personal data stored without a declared processing purpose, lawful basis
    /// or retention period. The stores, declarations and code fixes of GDPR002, GDPR003 and GDPR013; reported only with
    /// <c>gdpr.probable_personal_data_in_flows = true</c>, Info by default (GDPR Art. 5(1)(b), 5(1)(e), 6(1), 30).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbablePersonalDataStoredAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ProbableStoredWithoutPurpose, Descriptors.ProbableStoredWithoutLawfulBasis, Descriptors.ProbableStoredWithoutRetention);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            PersonalDataStoredAnalyzer.Register(context, SourceKind.ProbablePersonalData);
        }
    }
}
