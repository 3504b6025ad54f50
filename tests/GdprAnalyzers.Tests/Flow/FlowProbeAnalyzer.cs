using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

// A test-only analyzer: it ships in no package, so neither release tracking nor the extended analyzer rules apply.
#pragma warning disable RS1036, RS2008

namespace GdprAnalyzers.Tests.Flow
{
    /// <summary>
    /// A test-only analyzer that asks the flow engine alone, with no sink model and no rule: every argument of a call
    /// to a method named <c>Sink</c> is collected by the compilation's shared flow (the one storage and decisions use,
    /// with return summaries), and each finding is reported at its expression as <c>FLOW</c> with the finding's name,
    /// kind (<see cref="FindingKind"/>), message suffix and the category its source carries. The engine's semantics are tested through it
    /// (<c>docs/flow-engine.md</c>, "When a value is personal data"), as IDisposableAnalyzers tests its walkers.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlowProbeAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The probe's diagnostic: <c>{0}</c> the finding's name, <c>{1}</c> its kind, <c>{2}</c> its suffix,
        /// <c>{3}</c> the category its source carries (<see cref="PersonalDataModel.CategoryOf"/>, or <c>none</c>).</summary>
        public static readonly DiagnosticDescriptor Finding = new(
            "FLOW",
            "Flow engine finding",
            "{0} | {1} | {2} | {3}",
            "Test",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Finding);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                SharedCompilationState shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        if (invocation.TargetMethod.Name != "Sink")
                        {
                            return;
                        }

                        var findings = new List<PersonalDataFinding>();
                        foreach (IArgumentOperation argument in invocation.Arguments)
                        {
                            shared.Flow.Collect(argument.Value, findings, operation.CancellationToken);
                        }

                        foreach (PersonalDataFinding finding in findings)
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(
                                Finding,
                                finding.Operation.Syntax.GetLocation(),
                                finding.Name,
                                finding.Kind.ToString(),
                                finding.Provenance.MessageSuffix,
                                shared.Model.CategoryOf(finding.Origin) ?? "none"));
                        }
                    },
                    OperationKind.Invocation);
            });
        }
    }
}
