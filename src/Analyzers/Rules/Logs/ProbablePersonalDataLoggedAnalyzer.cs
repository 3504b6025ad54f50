using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR101: probable personal data (an unannotated property, field or parameter whose name or type says personal
    /// data, as GDPR005 finds it) reaches a log sink unredacted. The flows, sinks and code fix of GDPR001; reported only
    /// with <c>gdpr.probable_personal_data_in_flows = true</c>, Info by default (GDPR Art. 5(1)(c), 32).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProbablePersonalDataLoggedAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProbablePersonalDataLogged);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            PersonalDataLoggedAnalyzer.Register(context, Descriptors.ProbablePersonalDataLogged, SourceKind.ProbablePersonalData);
        }
    }
}
