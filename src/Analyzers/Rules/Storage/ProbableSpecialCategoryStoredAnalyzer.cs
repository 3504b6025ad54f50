using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR107: probable special-category personal data (what GDPR005's classifier finds among the special categories by
    /// name: health, diagnosis, religion...; <see cref="ProbableSpecialCategorySources"/>) stored without protection. The
    /// stores, protections and reporting places of GDPR014; reported only with
    /// <c>gdpr.probable_personal_data_in_flows = true</c>, Info by default (GDPR Art. 9, 32(1)(a)).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbableSpecialCategoryStoredAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProbableSpecialCategoryStoredUnprotected);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            SpecialCategoryStoredAnalyzer.Register(context, SourceKind.ProbablePersonalData);
        }
    }
}
