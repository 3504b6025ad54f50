using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR108: GDPR016 for entity types whose personal data is only probable (what GDPR005 finds by name and type) and
    /// that have no annotated personal data; reported only with <c>gdpr.probable_personal_data_in_flows = true</c>, Info by
    /// default (GDPR Art. 15, 17).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbableDataSubjectRequestAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProbableDataSubjectRequestIncomplete);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            DataSubjectRequestAnalyzer.Register(context, SourceKind.ProbablePersonalData);
        }
    }
}
