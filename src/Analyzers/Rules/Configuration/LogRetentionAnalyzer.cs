using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR021: a log file sink configured in code to keep its files without a retention limit (GDPR Art. 5(1)(e),
    /// storage limitation): Serilog's <c>WriteTo.File(...)</c> that never rolls or keeps every rolled file, NLog's
    /// <c>new FileTarget { ... }</c> without an archive limit (<see cref="LogRetentionModel"/>). Info: how long logs are
    /// kept may be decided outside the program (a log shipper, a cleanup job). Reported at the call or the creation;
    /// silent in test projects, as GDPR020 is. No fix: the retention period is the controller's choice.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LogRetentionAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LogRetentionUnlimited);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            ConfigurationRule.RegisterOutsideTestProjects(context, (start, known) =>
            {
                var model = new LogRetentionModel(known);
                if (!model.IsAvailable)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation => Report(operation, model.Classify((IInvocationOperation)operation.Operation)),
                    OperationKind.Invocation);
                start.RegisterOperationAction(
                    operation => Report(operation, model.Classify((IObjectCreationOperation)operation.Operation)),
                    OperationKind.ObjectCreation);
            });
        }

        private static void Report(OperationAnalysisContext context, LogRetentionFinding? finding)
        {
            if (finding != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.LogRetentionUnlimited,
                    LocationOf(context.Operation),
                    finding.Name,
                    finding.Reason));
            }
        }

        /// <summary>A creation without its initializer (<c>new FileTarget("file")</c>); a call from its method's name to
        /// its end, as GDPR020 reports it.</summary>
        private static Location LocationOf(IOperation operation)
        {
            if (operation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax creation)
            {
                int end = creation.ArgumentList?.Span.End
                    ?? (creation as Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax)?.Type.Span.End
                    ?? creation.NewKeyword.Span.End;
                return Location.Create(creation.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(creation.SpanStart, end));
            }

            return LeakingConfigurationAnalyzer.LocationOf(operation);
        }
    }
}
