using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR104: probable personal data reaches an automated decision without human review. The decisions, reviews and
    /// code fix of GDPR004; reported only with <c>gdpr.probable_personal_data_in_flows = true</c>, Info by default
    /// (GDPR Art. 22).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbableAutomatedDecisionAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProbableAutomatedDecisionWithoutReview);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            AutomatedDecisionAnalyzer.Register(context, SourceKind.ProbablePersonalData);
        }
    }
}
