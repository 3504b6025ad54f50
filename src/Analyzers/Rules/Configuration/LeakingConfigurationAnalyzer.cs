using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR020: a setting that makes a library write personal data or credentials to logs or error pages, turned on in
    /// every environment (GDPR Art. 5(1)(c) data minimisation, Art. 32 security of processing). The settings are
    /// <see cref="LeakingConfigurationModel"/>'s table, the guards that make one harmless
    /// <see cref="DevelopmentGuards"/>'. Reported at the call or the assignment. Silent in test projects (their
    /// settings never run in production), as GDPR005 and GDPR007 are.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LeakingConfigurationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LeakingConfiguration);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            ConfigurationRule.RegisterOutsideTestProjects(context, (start, known) =>
            {
                var model = new LeakingConfigurationModel(known);
                if (!model.IsAvailable)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation =>
                    {
                        if (model.Classify((IInvocationOperation)operation.Operation) is { } setting)
                        {
                            Report(operation, setting);
                        }
                    },
                    OperationKind.Invocation);
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (model.Classify((IAssignmentOperation)operation.Operation) is { } setting)
                        {
                            Report(operation, setting);
                        }
                    },
                    OperationKind.SimpleAssignment,
                    OperationKind.CompoundAssignment);
            });
        }

        private static void Report(OperationAnalysisContext context, LeakingSetting setting)
        {
            if (DevelopmentGuards.IsGuarded(context.Operation, context.ContainingSymbol))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.LeakingConfiguration, LocationOf(context.Operation), setting.Name, setting.Effect));
        }

        /// <summary>A call from its method's name to its end (<c>EnableSensitiveDataLogging()</c> in a chain), or from
        /// the property it is called on (<c>RequestHeaders.Add("Authorization")</c>); an assignment whole.</summary>
        internal static Location LocationOf(IOperation operation)
        {
            if (operation is IInvocationOperation invocation
                && invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
                {
                    Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name: { } name },
                } call)
            {
                int start = invocation.Instance is IPropertyReferenceOperation { Syntax: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name: { } property } }
                    ? property.SpanStart
                    : name.SpanStart;
                return Location.Create(call.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, call.Span.End));
            }

            return operation.Syntax.GetLocation();
        }
    }
}
