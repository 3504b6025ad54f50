using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR009: personal data or a credential is written into an exception's message or <c>Data</c>
    /// (<see cref="ExceptionSinkModel"/>), which logs, error pages and error trackers show and nobody redacts (GDPR Art.
    /// 5(1)(f) integrity and confidentiality, Art. 32 security of processing). The sources are GDPR001's (annotated
    /// personal data and the framework sources) and GDPR006's (credentials), followed by the same flow engine; reported
    /// at the value, with the properties of GDPR001's fix (Erase for a credential, Pseudonymise first for personal data).
    /// GDPR001 and GDPR006 leave the log of such an exception to this rule
    /// (<see cref="PersonalDataModel.CreationHoldsArguments"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExceptionMessageAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableDictionary<string, string?> Wrap =
            ImmutableDictionary<string, string?>.Empty.Add(PersonalDataLoggedAnalyzer.FixProperty, PersonalDataLoggedAnalyzer.FixWrap);

        private static readonly ImmutableDictionary<string, string?> WrapCredential =
            Wrap.Add(PersonalDataLoggedAnalyzer.CredentialProperty, PersonalDataLoggedAnalyzer.CredentialYes);

        private static readonly ImmutableDictionary<string, string?> NoFix =
            ImmutableDictionary<string, string?>.Empty.Add(PersonalDataLoggedAnalyzer.FixProperty, PersonalDataLoggedAnalyzer.FixNone);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ExceptionMessage);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                var sinks = new ExceptionSinkModel(shared.Known);
                if (!sinks.IsAvailable)
                {
                    return;
                }

                var state = new CompilationState(shared, sinks);
                start.RegisterOperationAction(state.AnalyzeCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
                start.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
            });
        }

        private sealed class CompilationState
        {
            private readonly ExceptionSinkModel sinks;

            /// <summary>Personal data as GDPR001 sees it (log semantics: a message is text).</summary>
            private readonly PersonalDataFlow? personalData;

            /// <summary>Credentials as GDPR006 sees them.</summary>
            private readonly PersonalDataFlow credentials;

            public CompilationState(SharedCompilationState shared, ExceptionSinkModel sinks)
            {
                this.sinks = sinks;
                KnownSymbols known = shared.Known;
                personalData = known.HasAnyPersonalDataMarker ? shared.NewFlow(new AnnotatedPersonalDataSources(known, honourLogExclusions: true, rawBodies: false)) : null;
                credentials = shared.NewFlow(new CredentialSources(known, honourLogExclusions: true));
            }

            /// <summary><c>new InvalidOperationException($"No account for {email}")</c>.</summary>
            public void AnalyzeCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                AnalyzeCall(context, creation.Constructor, creation.Arguments);
            }

            /// <summary><c>exception.Data.Add(key, value)</c>, and a declared exception sink (a throw helper).</summary>
            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (sinks.DataValue(invocation) is { } value)
                {
                    Analyze(context, value.Value, value.Parameter?.Type, ExceptionSinkModel.DataSinkName);
                    return;
                }

                AnalyzeCall(context, invocation.TargetMethod, invocation.Arguments);
            }

            /// <summary><c>exception.Data[key] = value</c>.</summary>
            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (sinks.DataValue(assignment) is { } value)
                {
                    Analyze(context, value, assignment.Target.Type, ExceptionSinkModel.DataSinkName);
                }
            }

            private void AnalyzeCall(OperationAnalysisContext context, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
            {
                if (arguments.IsEmpty)
                {
                    return;
                }

                foreach (IArgumentOperation argument in sinks.MessageArguments(method, arguments, out string sinkName))
                {
                    Analyze(context, argument.Value, argument.Parameter?.OriginalDefinition.Type, sinkName);
                }
            }

            /// <summary>Reports each credential and each piece of personal data that <paramref name="value"/> writes into
            /// the exception; a value that is both is reported once, as a credential.</summary>
            private void Analyze(OperationAnalysisContext context, IOperation value, ITypeSymbol? parameterType, string sinkName)
            {
                if (value.ConstantValue.HasValue || value is INameOfOperation)
                {
                    return;
                }

                CancellationToken cancellationToken = context.CancellationToken;
                var secrets = new List<PersonalDataFinding>(1);
                credentials.Collect(value, secrets, cancellationToken);
                var found = new List<PersonalDataFinding>(1);
                personalData?.Collect(value, found, cancellationToken);
                foreach (PersonalDataFinding finding in secrets)
                {
                    Report(context, finding, value, parameterType, sinkName, credential: true, credentials);
                }

                foreach (PersonalDataFinding finding in found)
                {
                    if (!IsAmong(finding, secrets))
                    {
                        Report(context, finding, value, parameterType, sinkName, credential: false, personalData!);
                    }
                }
            }

            private static bool IsAmong(PersonalDataFinding finding, List<PersonalDataFinding> findings)
            {
                foreach (PersonalDataFinding other in findings)
                {
                    if (other.Operation.Syntax.Span == finding.Operation.Syntax.Span)
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Reports <paramref name="finding"/> where the message or <c>Data</c> receives what it holds: a value
            /// that is personal data or a credential always; a whole object only where its text form (what a message and
            /// an error tracker show of it) shows it.</summary>
            private static void Report(OperationAnalysisContext context, PersonalDataFinding finding, IOperation value, ITypeSymbol? parameterType, string sinkName, bool credential, PersonalDataFlow flow)
            {
                if (finding.Kind is FindingKind.Carries or FindingKind.BuiltFrom && !flow.TextShowsPersonalData(finding.Operation, context.CancellationToken))
                {
                    return;
                }

                ImmutableDictionary<string, string?> properties = !IsWrappable(finding.Operation, value, parameterType) ? NoFix : credential ? WrapCredential : Wrap;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ExceptionMessage,
                    finding.Operation.Syntax.GetLocation(),
                    properties,
                    finding.Name,
                    credential ? "a credential" : "personal data",
                    finding.Provenance.MessageSuffix,
                    sinkName));
            }

            /// <summary>Whether a <c>Redact.*</c> call (a string) can stand in place of the flagged value: inside a text
            /// (interpolation, concatenation, format call), or passed where a string or an object is taken.</summary>
            private static bool IsWrappable(IOperation flagged, IOperation value, ITypeSymbol? parameterType) =>
                !ReferenceEquals(SymbolRelations.WithoutConversions(value, implicitOnly: true), flagged)
                || parameterType is null
                || parameterType.SpecialType is SpecialType.System_String or SpecialType.System_Object
                || parameterType.TypeKind == TypeKind.Dynamic;
        }
    }
}
