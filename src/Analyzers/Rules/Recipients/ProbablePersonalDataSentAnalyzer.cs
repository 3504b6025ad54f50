using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR105: probable personal data sent to a recipient without a declared recipient. The transfers, recipients and code
    /// fix of GDPR011; reported only with <c>gdpr.probable_personal_data_in_flows = true</c>, Info by default (GDPR Art.
    /// 13(1)(e), 30(1)(d)).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbablePersonalDataSentAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProbableSentWithoutRecipient);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            PersonalDataSentAnalyzer.Register(context, SourceKind.ProbablePersonalData);
        }
    }
}
