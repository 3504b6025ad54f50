using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR001: personal data reaches a log sink unredacted (GDPR Art. 5(1)(c) data minimisation, Art. 5(1)(f)
    /// integrity and confidentiality, Art. 32 security of processing). The diagnostic sits on the expression that holds
    /// the personal data and names it and the sink.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataLoggedAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: whether wrapping the flagged expression in a <c>Redact</c> call compiles there
        /// (<see cref="FixWrap"/>) or not (<see cref="FixNone"/>).</summary>
        public const string FixProperty = "Fix";

        /// <summary>Value of <see cref="FixProperty"/>: a <c>Redact.*</c> call can replace the expression.</summary>
        public const string FixWrap = "Wrap";

        /// <summary>Value of <see cref="FixProperty"/>: no wrapping compiles (a typed <c>[LoggerMessage]</c> parameter).</summary>
        public const string FixNone = "None";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PersonalDataLogged);

        private static readonly ImmutableDictionary<string, string?> WrapProperties =
            ImmutableDictionary<string, string?>.Empty.Add(FixProperty, FixWrap);

        private static readonly ImmutableDictionary<string, string?> NoFixProperties =
            ImmutableDictionary<string, string?>.Empty.Add(FixProperty, FixNone);

        /// <summary>Diagnostic property set to <see cref="CredentialYes"/> when the flagged value is also a credential (as
        /// GDPR006 finds them): the fix then erases it, never pseudonymises it, even under Fix All and <c>dotnet format</c>
        /// (a keyed hash of a secret is still derived from the secret).</summary>
        public const string CredentialProperty = "Credential";

        /// <summary>Value of <see cref="CredentialProperty"/>.</summary>
        public const string CredentialYes = "true";

        private static readonly ImmutableDictionary<string, string?> WrapCredentialProperties =
            WrapProperties.Add(CredentialProperty, CredentialYes);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            Register(context, Descriptors.PersonalDataLogged, SourceKind.PersonalData);
        }

        /// <summary>Registers the log-flow analysis for <paramref name="descriptor"/> with the rule's kind of source
        /// (<paramref name="sources"/>): personal data (GDPR001), credentials found by name (GDPR006), or, with the option
        /// on, probable personal data (GDPR101).</summary>
        internal static void Register(AnalysisContext context, DiagnosticDescriptor descriptor, SourceKind sources)
        {
            bool credentials = sources == SourceKind.Credentials;
            bool probable = sources == SourceKind.ProbablePersonalData;
            ProbableSources.RegisterCompilationStart(context, sources, (start, _) =>
            {
                var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                KnownSymbols known = shared.Known;
                if ((!credentials && !known.HasAnyPersonalDataMarker) || !known.HasAnyLogSink)
                {
                    return;
                }

                var state = new CompilationState(shared, start.Options, descriptor, credentials, probable);
                start.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
                start.RegisterOperationAction(state.AnalyzeCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
            });
        }

        private sealed class CompilationState
        {
            private readonly LogSinkModel sinks;
            private readonly PersonalDataModel model;
            private readonly PersonalDataFlow flow;
            private readonly AnalyzerConfigOptionsProvider optionsProvider;
            private readonly ConcurrentDictionary<SyntaxTree, bool> consoleIsLogSink = new();
            private readonly Func<SyntaxTree, bool> readConsoleOption;

            private readonly MethodSummaries summaries;

            private readonly Implementations implementations;

            private readonly KnownSymbols known;

            /// <summary>How many values the search for a sink in one delegate's lambda may visit.</summary>
            private const int LambdaVisitBudget = 20_000;

            private readonly DiagnosticDescriptor descriptor;

            private readonly ProbableSources? probable;

            /// <summary>Credentials as GDPR006 sees them, to mark GDPR001 and GDPR101 findings that are also credentials;
            /// null for GDPR006 itself.</summary>
            private readonly PersonalDataFlow? credentials;

            /// <summary>Where the facts go for a host that asked for them (null in compiler builds).</summary>
            private readonly ProcessingFactsRecorder? recorder;

            public CompilationState(SharedCompilationState shared, AnalyzerOptions options, DiagnosticDescriptor descriptor, bool credentials, bool probable)
            {
                recorder = ProcessingFactsRecorder.In(options);
                this.descriptor = descriptor;
                implementations = shared.Implementations;
                known = shared.Known;
                sinks = new LogSinkModel(known);
                this.probable = probable ? new ProbableSources(shared, honourLogExclusions: true) : null;
                model = this.probable?.Model ?? (credentials ? new CredentialSources(known, honourLogExclusions: true) : new AnnotatedPersonalDataSources(known, honourLogExclusions: true));
                optionsProvider = options.AnalyzerConfigOptionsProvider;
                bool consoleByDefault = !GdprOptions.ConsoleIsProgramInterface(shared.Compilation, shared.Known);
                readConsoleOption = tree => GdprOptions.ConsoleIsLogSink.Read(this.optionsProvider.GetOptions(tree), this.descriptor.Id, consoleByDefault);
                flow = new PersonalDataFlow(known, model, shareBodiesWith: shared.Flow, summaries: made => new MethodSummaries(shared.Compilation, made, shared.Implementations, SinkName, IsLoggedArgument));
                summaries = flow.Summaries!;
                this.credentials = credentials ? null : shared.NewFlow(new CredentialSources(known, honourLogExclusions: true));
            }

            /// <summary>The properties of a finding: whether a <c>Redact</c> call can wrap it, and whether it is also a
            /// credential (only asked of the findings, which are few).</summary>
            private ImmutableDictionary<string, string?> PropertiesOf(PersonalDataFinding finding, bool wrappable, System.Threading.CancellationToken cancellationToken)
            {
                if (!wrappable)
                {
                    return NoFixProperties;
                }

                if (credentials is null)
                {
                    return WrapProperties;
                }

                var found = new List<PersonalDataFinding>(1);
                credentials.Collect(finding.Operation, found, cancellationToken);
                return found.Count > 0 ? WrapCredentialProperties : WrapProperties;
            }

            /// <summary>The sink a call writes to (for method summaries), or null.</summary>
            private string? SinkName(IInvocationOperation invocation)
            {
                bool console = consoleIsLogSink.GetOrAdd(invocation.Syntax.SyntaxTree, readConsoleOption);
                LogSinkModel.SinkFamily family = sinks.Classify(invocation, console);
                return family == LogSinkModel.SinkFamily.None ? null : LogSinkModel.DisplayName(invocation.TargetMethod, family);
            }

            private bool IsLoggedArgument(IInvocationOperation invocation, IArgumentOperation argument) =>
                argument.Parameter is { } parameter && sinks.IsDataParameter(parameter) && !model.HasDataClassification(parameter.GetAttributes());

            /// <summary>A call of this compilation's own method whose summary says a parameter reaches a log (a helper,
            /// a logger wrapper): the call site is the sink.</summary>
            private void AnalyzeSummarisedCall(OperationAnalysisContext context, IInvocationOperation invocation)
            {
                if (summaries.IsSummarisable(invocation.TargetMethod))
                {
                    AnalyzeOwnMethodCall(context, invocation.TargetMethod, invocation.Arguments);
                }
            }

            /// <summary><c>new Customer(email)</c> where the project's constructor logs its parameter: the creation is the
            /// sink.</summary>
            public void AnalyzeCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                if (creation.Constructor is { } sink && creation.Arguments.Length > 0
                    && LogSinkModel.ClassifyCreation(sink) is var family && family != LogSinkModel.SinkFamily.None)
                {
                    // new Measurement<int>(1, tags), new ScalarValue(value): the value enters a measurement or a log event.
                    AnalyzeSinkArguments(context, creation, sink, creation.Arguments, family, sink.ContainingType.Name + " constructor");
                    return;
                }

                if (creation.Constructor is { } constructor && creation.Arguments.Length > 0 && summaries.IsSinkSummarisable(constructor))
                {
                    AnalyzeOwnMethodCall(context, constructor, creation.Arguments);
                }
            }

            /// <summary><c>ticket.Requester = customer.Email</c> where the project's property setter logs <c>value</c>: the
            /// assignment is the sink.</summary>
            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: { IsIndexer: false } telemetry }
                    && LogSinkModel.AssignedTelemetry(telemetry) is { } telemetrySink)
                {
                    // scope.User = new SentryUser { Email = user.Email }: the user's members go with every event.
                    AnalyzeAssignedTelemetry(context, assignment, telemetry, telemetrySink);
                    return;
                }

                if (assignment.Target is not IPropertyReferenceOperation { Property: { IsIndexer: false, SetMethod: { } setter } }
                    || !setter.Locations.Any(location => location.IsInSource) || !summaries.IsSinkSummarisable(setter))
                {
                    return;
                }

                var findings = new List<PersonalDataFinding>(1);
                flow.Collect(assignment.Value, findings, context.CancellationToken);
                probable?.RemoveAnnotated(findings, context.CancellationToken);
                if (findings.Count == 0)
                {
                    return;
                }

                SinkSummary summary = summaries.GetSinks(setter, context.CancellationToken);
                if ((summary.SinkParameters & 1UL) == 0)
                {
                    return;
                }

                string sinkName = setter.AssociatedSymbol?.ContainingType?.Name + "." + setter.AssociatedSymbol?.Name + " setter → " + summary.Sink;
                bool textual = setter.Parameters[0].Type.SpecialType is SpecialType.System_String or SpecialType.System_Object;
                foreach (PersonalDataFinding finding in findings)
                {
                    if (!ReachesHelper(finding, context.CancellationToken))
                    {
                        continue;
                    }

                    bool wrappable = textual || !ReferenceEquals(SymbolRelations.WithoutConversions(assignment.Value, implicitOnly: true), finding.Operation);
                    Report(context, finding, sinkName, wrappable);
                }
            }

            /// <summary>A call of the project's method or constructor whose sink summary says a parameter reaches a log:
            /// the call is the sink, reported at each argument that carries personal data.</summary>
            private void AnalyzeOwnMethodCall(OperationAnalysisContext context, IMethodSymbol target, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
            {
                // The arguments first: most calls pass no personal data, and then the callee's summary (a walk of its body
                // and of its callees') is not needed at all.
                List<(IArgumentOperation Argument, IParameterSymbol Parameter, List<PersonalDataFinding> Findings)>? held = null;
                foreach (IArgumentOperation argument in arguments)
                {
                    if (argument.Parameter is not { Ordinal: < 64 } parameter)
                    {
                        continue;
                    }

                    var findings = new List<PersonalDataFinding>(1);
                    flow.Collect(argument.Value, findings, context.CancellationToken);
                    probable?.RemoveAnnotated(findings, context.CancellationToken);
                    if (findings.Count > 0)
                    {
                        (held ??= new()).Add((argument, parameter, findings));
                    }
                }

                if (held is null)
                {
                    return;
                }

                SinkSummary summary = summaries.GetSinks(target, context.CancellationToken);
                if (summary.SinkParameters == 0)
                {
                    return;
                }

                string sinkName = (target.MethodKind == MethodKind.Constructor ? "new " + target.ContainingType.Name : MethodSummaries.Display(target)) + " → " + summary.Sink;
                foreach ((IArgumentOperation argument, IParameterSymbol parameter, List<PersonalDataFinding> findings) in held)
                {
                    if ((summary.SinkParameters & (1UL << parameter.Ordinal)) == 0)
                    {
                        continue;
                    }

                    foreach (PersonalDataFinding finding in findings)
                    {
                        if (!ReachesHelper(finding, context.CancellationToken))
                        {
                            continue;
                        }

                        bool wrappable = IsWrappable(finding.Operation, argument, parameter, LogSinkModel.SinkFamily.None);
                        Report(context, finding, sinkName, wrappable);
                    }
                }
            }

            /// <summary>How many instantiations of one type parameter are looked at.</summary>
            private const int MaxInstantiations = 64;

            /// <summary>
            /// A value of a type parameter written to a log (a generic pipeline behaviour that logs <c>{@Request}</c>):
            /// reported, at the value, when an instantiation the type parameter may stand for (see
            /// <see cref="Implementations.InstantiationsOf"/>) carries personal data and the log writes it whole or by a
            /// text form that shows it. The message names that instantiation's member (<c>it carries
            /// 'RegisterCustomer.Email'</c>). Only the first such instantiation, in source order, is named.
            /// </summary>
            private void AddGenericInstantiations(IInvocationOperation sink, IOperation argument, List<PersonalDataFinding> findings, System.Threading.CancellationToken cancellationToken)
            {
                IEnumerable<IOperation> values = argument is IArrayCreationOperation { Initializer: { } initializer } && argument.IsImplicit
                    ? initializer.ElementValues
                    : new[] { argument };
                foreach (IOperation element in values)
                {
                    IOperation value = element;
                    while (value is IConversionOperation conversion)
                    {
                        value = conversion.Operand;
                    }

                    if (value.Type is not ITypeParameterSymbol parameter)
                    {
                        continue;
                    }

                    bool whole = LogSinkModel.IsWrittenWhole(sink, value);
                    foreach (INamedTypeSymbol instantiation in implementations.InstantiationsOf(parameter, known, MaxInstantiations))
                    {
                        if (flow.CarriedBy(instantiation) is { } carried && (whole || flow.TextShowsPersonalData(instantiation, cancellationToken)))
                        {
                            string member = carried is ITypeSymbol ? instantiation.Name : carried.ContainingType?.Name + "." + carried.Name;
                            findings.Add(new PersonalDataFinding(value, value.Syntax.ToString(), Provenance.Carries(member), carried));
                            break;
                        }
                    }
                }
            }

            /// <summary>A call of a delegate held in a local or field whose lambda, assigned in the same body, logs its
            /// parameter (<c>Action&lt;string&gt; log = s => logger.LogInformation(s); log(customer.Email);</c>): the
            /// call site is the sink, named <c>log → ILogger.LogInformation</c>.</summary>
            private void AnalyzeDelegateCall(OperationAnalysisContext context, IInvocationOperation invocation)
            {
                List<IAnonymousFunctionOperation>? lambdas = null;
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter is not { } parameter)
                    {
                        continue;
                    }

                    var findings = new List<PersonalDataFinding>(1);
                    flow.Collect(argument.Value, findings, context.CancellationToken);
                    probable?.RemoveAnnotated(findings, context.CancellationToken);
                    if (findings.Count == 0)
                    {
                        continue;
                    }

                    lambdas ??= flow.HeldLambdas(invocation);
                    string? sink = null;
                    foreach (IAnonymousFunctionOperation lambda in lambdas)
                    {
                        if (parameter.Ordinal < lambda.Symbol.Parameters.Length
                            && LambdaSink(lambda, lambda.Symbol.Parameters[parameter.Ordinal], context.CancellationToken) is { } reached)
                        {
                            sink = reached;
                            break;
                        }
                    }

                    if (sink is null)
                    {
                        continue;
                    }

                    string holder = invocation.Instance?.Syntax.ToString() ?? "delegate";
                    foreach (PersonalDataFinding finding in findings)
                    {
                        if (!ReachesHelper(finding, context.CancellationToken))
                        {
                            continue;
                        }

                        bool wrappable = IsWrappable(finding.Operation, argument, parameter, LogSinkModel.SinkFamily.None);
                        Report(context, finding, holder + " → " + sink, wrappable);
                    }
                }
            }

            /// <summary>The log sink that <paramref name="parameter"/> of <paramref name="lambda"/> reaches in the lambda's
            /// body (directly, or through one of the project's methods that logs its argument), or null.</summary>
            private string? LambdaSink(IAnonymousFunctionOperation lambda, IParameterSymbol parameter, System.Threading.CancellationToken cancellationToken)
            {
                var query = new FlowQuery(cancellationToken, LambdaVisitBudget, MethodSummaries.MaxHeight);
                foreach (IOperation operation in lambda.Body.Descendants())
                {
                    if (operation is not IInvocationOperation call)
                    {
                        continue;
                    }

                    string? sink = SinkName(call);
                    SinkSummary summary = sink is null && summaries.IsSummarisable(call.TargetMethod)
                        ? summaries.GetSinks(call.TargetMethod, cancellationToken)
                        : default;
                    foreach (IArgumentOperation argument in call.Arguments)
                    {
                        bool logged = sink != null
                            ? IsLoggedArgument(call, argument)
                            : argument.Parameter is { Ordinal: < 64 } target && (summary.SinkParameters & (1UL << target.Ordinal)) != 0;
                        if (logged && flow.CarriesParameter(argument.Value, parameter, query))
                        {
                            return sink ?? MethodSummaries.Display(call.TargetMethod) + " → " + summary.Sink;
                        }
                    }
                }

                return null;
            }

            /// <summary>A value assigned to a property that an error tracker or telemetry backend sends with every event
            /// (<see cref="LogSinkModel.AssignedTelemetry"/>): reported where it enters the assignment, as a value written
            /// by its text form.</summary>
            private void AnalyzeAssignedTelemetry(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertySymbol property, string sinkName)
            {
                var findings = new List<PersonalDataFinding>(1);
                flow.Collect(assignment.Value, findings, context.CancellationToken);
                probable?.RemoveAnnotated(findings, context.CancellationToken);
                bool textual = property.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object;
                foreach (PersonalDataFinding finding in findings)
                {
                    if (finding.Kind is FindingKind.Carries or FindingKind.BuiltFrom && !flow.TextShowsPersonalData(finding.Operation, context.CancellationToken))
                    {
                        continue;
                    }

                    bool wrappable = textual || !ReferenceEquals(SymbolRelations.WithoutConversions(assignment.Value, implicitOnly: true), finding.Operation);
                    Report(context, finding, sinkName, wrappable);
                }
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                bool console = consoleIsLogSink.GetOrAdd(invocation.Syntax.SyntaxTree, readConsoleOption);
                LogSinkModel.SinkFamily family = sinks.Classify(invocation, console);
                if (family == LogSinkModel.SinkFamily.None)
                {
                    if (method.MethodKind == MethodKind.DelegateInvoke)
                    {
                        AnalyzeDelegateCall(context, invocation);
                    }
                    else
                    {
                        AnalyzeSummarisedCall(context, invocation);
                    }

                    return;
                }

                AnalyzeSinkArguments(context, invocation, method, invocation.Arguments, family, LogSinkModel.DisplayName(method, family));
            }

            /// <summary>Reports the personal data each data argument of a sink (a call, or a creation such as a metrics
            /// measurement) writes, at the place where it enters the argument.</summary>
            private void AnalyzeSinkArguments(OperationAnalysisContext context, IOperation sink, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, LogSinkModel.SinkFamily family, string sinkName)
            {
                List<PersonalDataFinding>? findings = null;
                foreach (IArgumentOperation argument in arguments)
                {
                    IParameterSymbol? parameter = argument.Parameter;
                    if (parameter is null || !sinks.IsDataParameter(parameter))
                    {
                        continue;
                    }

                    if (family == LogSinkModel.SinkFamily.LoggerMessageMethod && model.HasDataClassification(parameter.GetAttributes()))
                    {
                        // Microsoft.Extensions.Telemetry's logging generator redacts a classified parameter at run time.
                        continue;
                    }

                    findings ??= new List<PersonalDataFinding>();
                    findings.Clear();
                    foreach (IOperation written in LogSinkModel.WrittenValues(family, argument.Value))
                    {
                        flow.Collect(written, findings, context.CancellationToken);
                    }

                    probable?.RemoveAnnotated(findings, context.CancellationToken);
                    if (findings.Count == 0 && sink is IInvocationOperation invocation)
                    {
                        AddGenericInstantiations(invocation, argument.Value, findings, context.CancellationToken);
                    }

                    foreach (PersonalDataFinding finding in findings)
                    {
                        if (!IsWrittenOut(finding, sink, context.CancellationToken))
                        {
                            continue;
                        }

                        bool wrappable = IsWrappable(finding.Operation, argument, parameter, family);
                        Report(context, finding, sinkName, wrappable);
                    }
                }
            }

            /// <summary>Reports <paramref name="finding"/> at its expression, reaching <paramref name="sinkName"/>, with the
            /// properties its fix reads (whether a <c>Redact</c> call can wrap it, whether it is also a credential).</summary>
            private void Report(OperationAnalysisContext context, PersonalDataFinding finding, string sinkName, bool wrappable)
            {
                Location location = finding.Operation.Syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    location,
                    PropertiesOf(finding, wrappable, context.CancellationToken),
                    finding.Name,
                    sinkName,
                    finding.Provenance.MessageSuffix));
                if (recorder is null)
                {
                    return;
                }

                RecordLog(finding.Name, finding.Origin, sinkName, location);
                if (finding.Provenance.IsCarried && finding.Origin is IPropertySymbol or IFieldSymbol && finding.Origin.ContainingType is { } carrier)
                {
                    // A whole object written out: every personal data member it carries reaches the log, not only the one the
                    // message names ({@Customer} writes the e-mail address, the phone number and the rest).
                    foreach (ISymbol member in model.CarriedPersonalDataMembers(carrier))
                    {
                        if (!SymbolEqualityComparer.Default.Equals(member, finding.Origin) && PersonalDataInventory.ItemName(member) is { } item)
                        {
                            RecordLog(item, member, sinkName, location);
                        }
                    }
                }
            }

            private void RecordLog(string name, ISymbol? origin, string sinkName, Location location) =>
                recorder!.Record(new ProcessingFact(
                    ProcessingKind.Log,
                    name,
                    model.CategoryOf(origin),
                    sinkName,
                    purpose: null,
                    lawfulBasis: null,
                    humanReview: false,
                    ImmutableArray.Create(descriptor.Id),
                    location,
                    item: PersonalDataInventory.ItemName(origin)));

            /// <summary>Whether a finding passed to one of the project's methods, constructors, setters or delegates that
            /// logs its argument reaches the log. A value that is personal data, or an object built from some, always: the
            /// method may log the members it reads (<c>logger.LogDebug("{Subject}", request.Subject)</c>). An object that
            /// merely carries personal data by its type only where its text form shows it (the method may log it by
            /// <c>ToString()</c>; a method that writes it member by member has its own finding inside, for its parameter).</summary>
            private bool ReachesHelper(PersonalDataFinding finding, System.Threading.CancellationToken cancellationToken) =>
                finding.Kind != FindingKind.Carries || flow.TextShowsPersonalData(finding.Operation, cancellationToken);

            /// <summary>Whether the log receives the personal data of a finding. A value that is personal data itself always;
            /// a whole object that merely carries some (or was built from some) only where the sink writes it member by
            /// member (<see cref="LogSinkModel.IsWrittenWhole"/>: <c>{@Customer}</c>) or its text form shows it
            /// (<see cref="PersonalDataFlow.TextShowsPersonalData(IOperation, System.Threading.CancellationToken)"/>: a record, a
            /// <c>ToString()</c> that prints the e-mail address). Asked of direct sinks; see <see cref="ReachesHelper"/> for
            /// the project's own methods that log their argument.</summary>
            private bool IsWrittenOut(PersonalDataFinding finding, IOperation sink, System.Threading.CancellationToken cancellationToken) =>
                finding.Kind is not (FindingKind.Carries or FindingKind.BuiltFrom)
                || (sink is IInvocationOperation invocation && LogSinkModel.IsWrittenWhole(invocation, finding.Operation))
                || flow.TextShowsPersonalData(finding.Operation, cancellationToken);

            /// <summary>Whether a <c>Redact.*</c> call, which returns a string, can stand in place of the flagged value.</summary>
            private static bool IsWrappable(IOperation flagged, IArgumentOperation argument, IParameterSymbol parameter, LogSinkModel.SinkFamily family)
            {
                IOperation direct = argument.Value;
                while (direct is IConversionOperation { IsImplicit: true } conversion)
                {
                    direct = conversion.Operand;
                }

                if (direct != flagged)
                {
                    // Inside an interpolation, a concatenation, a format call or a params array: any string fits.
                    return true;
                }

                if (family == LogSinkModel.SinkFamily.Console || family == LogSinkModel.SinkFamily.DebugOrTrace)
                {
                    return true; // Each Write* has a string overload.
                }

                // The declared type: a generic method's constructed parameter (Serilog's Information<T>) shows the argument's type.
                ITypeSymbol type = parameter.OriginalDefinition.Type;
                if (argument.ArgumentKind == ArgumentKind.ParamArray && type is IArrayTypeSymbol array)
                {
                    type = array.ElementType;
                }

                if (type.SpecialType == SpecialType.System_String || type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic)
                {
                    return true;
                }

                // A generic value (Serilog's Information<T>) accepts a string, unless the type parameter also shapes a
                // formatter delegate (ILogger.Log<TState>).
                return type is ITypeParameterSymbol && family != LogSinkModel.SinkFamily.MicrosoftExtensionsLogging;
            }
        }
    }
}
