using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR011: personal data sent to a recipient (a model vendor, a web API, an e-mail service;
    /// <see cref="TransferSinkModel"/>) without a declared recipient (<see cref="RecipientModel"/>), reported at the value
    /// sent; and a declared recipient whose transfer has no ground (GDPR Art. 44-49: a country outside the EEA without a
    /// mechanism or adequacy decision, an adequacy decision the country does not have, a derogation without a reason),
    /// reported at the <c>[Recipient]</c> attribute or the models file's line, whether or not data is seen flowing there.
    /// GDPR105 reports the first for probable personal data in the opt-in mode.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataSentAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SentWithoutRecipient);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            Register(context, SourceKind.PersonalData);
        }

        /// <summary>Registers the transfer analysis for the rule's kind of source: marked personal data (GDPR011, which also
        /// checks the declared recipients' transfers) or, with the option on, probable personal data (GDPR105).</summary>
        internal static void Register(AnalysisContext context, SourceKind sources) =>
            ProbableSources.RegisterCompilationStart(context, sources, OnCompilationStart);

        private static void OnCompilationStart(CompilationStartAnalysisContext context, bool probable)
        {
            var shared = SharedCompilationState.Get(context.Compilation, context.Options, context.CancellationToken);
            var state = new CompilationState(shared, probable, ProcessingFactsRecorder.In(context.Options));
            if (!probable)
            {
                if (shared.Known.RecipientAttribute != null)
                {
                    context.RegisterSymbolAction(state.AnalyzeDeclarations, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Field, SymbolKind.Property);
                }

                if (!shared.Known.User.IsEmpty)
                {
                    context.RegisterAdditionalFileAction(state.AnalyzeModelsFile);
                }
            }

            // Probable personal data in a test project is a fixture's name or address: on the corpus GDPR105's one finding
            // in a test project was a test account's lightning address, synthetic (as GDPR005 and GDPR007 skip them).
            if (probable && GdprOptions.IsTestProject(context.Compilation, context.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                return;
            }

            if (shared.Known.HasAnyPersonalDataMarker || probable)
            {
                context.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
            }
        }

        private sealed class CompilationState
        {
            private readonly PersonalDataModel model;
            private readonly PersonalDataFlow flow;
            private readonly ProbableSources? probable;
            private readonly TransferSinkModel sinks;
            private readonly RecipientModel recipients;
            private readonly DiagnosticDescriptor descriptor;
            private readonly ProcessingFactsRecorder? recorder;
            private readonly INamedTypeSymbol? recipientAttribute;
            private readonly UserModels user;

            public CompilationState(SharedCompilationState shared, bool probable, ProcessingFactsRecorder? recorder)
            {
                this.recorder = recorder;
                this.probable = probable ? new ProbableSources(shared, honourLogExclusions: false) : null;
                model = this.probable?.Model ?? shared.Model;
                flow = this.probable?.Flow ?? shared.Flow;
                sinks = new TransferSinkModel(shared.Known);
                recipients = new RecipientModel(shared.Known);
                recipientAttribute = shared.Known.RecipientAttribute;
                user = shared.Known.User;
                descriptor = probable ? Descriptors.ProbableSentWithoutRecipient : Descriptors.SentWithoutRecipient;
            }

            /// <summary>The transfer problems of the <c>[Recipient]</c> declarations on a symbol (and, for a method, on its
            /// parameters), at the attribute.</summary>
            public void AnalyzeDeclarations(SymbolAnalysisContext context)
            {
                Check(context, context.Symbol);
                if (context.Symbol is IMethodSymbol method)
                {
                    foreach (IParameterSymbol parameter in method.Parameters)
                    {
                        Check(context, parameter);
                    }
                }
            }

            private void Check(SymbolAnalysisContext context, ISymbol symbol)
            {
                foreach (AttributeData attribute in symbol.GetAttributes())
                {
                    if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, recipientAttribute))
                    {
                        continue;
                    }

                    DeclaredRecipient declared = RecipientModel.Read(attribute);
                    if (declared.Location.IsInSource && declared.TransferProblem() is { } problem)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SentWithoutRecipient, declared.Location, declared.Name, problem));
                    }
                }
            }

            /// <summary>The transfer problems of the models file's <c>recipient</c> lines, at the line.</summary>
            public void AnalyzeModelsFile(AdditionalFileAnalysisContext context)
            {
                if (!string.Equals(System.IO.Path.GetFileName(context.AdditionalFile.Path), UserModels.FileName, System.StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                // The lines as the compilation's models already read them (UserModels.Read), not a second parse.
                foreach (UserModels.Entry entry in user.Entries)
                {
                    if (entry.Recipient?.TransferProblem() is { } problem && entry.Location.GetLineSpan().Path == context.AdditionalFile.Path)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SentWithoutRecipient, entry.Location, entry.Recipient.Name, problem));
                    }
                }
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                ISymbol sender = context.ContainingSymbol;
                if (sinks.TransferOf(invocation) is not { } transfer || transfer.Values.Count == 0)
                {
                    return;
                }

                var findings = new List<PersonalDataFinding>(1);
                foreach (IOperation value in transfer.Values)
                {
                    if (!value.ConstantValue.HasValue && value is not INameOfOperation)
                    {
                        flow.Collect(value, findings, context.CancellationToken);
                    }
                }

                probable?.RemoveAnnotated(findings, context.CancellationToken);
                if (findings.Count == 0)
                {
                    return;
                }

                var places = new List<ISymbol>(4);
                DeclaredRecipient? declared = recipients.Find(invocation.TargetMethod, transfer.Client, sender, places);
                bool undeclared = declared is null || !declared.IsNamed;
                var reported = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
                foreach (PersonalDataFinding finding in findings)
                {
                    if (!reported.Add(finding.Operation.Syntax.Span))
                    {
                        continue;
                    }

                    Location location = finding.Operation.Syntax.GetLocation();
                    if (undeclared)
                    {
                        string what = $"is {(probable is null ? string.Empty : "probable ")}personal data{finding.Provenance.MessageSuffix} sent to '{transfer.SinkName}'";
                        string problem = declared is null ? what + " without a declared recipient" : what + $", whose recipient '{declared.Name}' is a placeholder";
                        (List<Location> additional, ImmutableDictionary<string, string?> properties) = FixPlaces(declared is null ? places : new List<ISymbol>());
                        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, additional, properties, finding.Name, problem));
                    }

                    Record(finding, transfer, declared, undeclared, location);
                }
            }

            /// <summary>Where the fix can write <c>[Recipient]</c>: the client's holder, the sending method and its type,
            /// when written in source; none when a placeholder is declared (a person edits it; a second one would not
            /// count).</summary>
            private static (List<Location>, ImmutableDictionary<string, string?>) FixPlaces(List<ISymbol> places)
            {
                var locations = new List<Location>(3);
                var seen = new HashSet<string>(System.StringComparer.Ordinal);
                var kinds = new StringBuilder();
                var names = new StringBuilder();
                for (int i = 0; i < places.Count && locations.Count < 3; i++)
                {
                    ISymbol place = places[i];
                    if (!SymbolRelations.IsInSource(place) || place.IsImplicitlyDeclared || !place.CanBeReferencedByName)
                    {
                        continue;
                    }

                    string kind = place switch
                    {
                        IFieldSymbol or IPropertySymbol or IParameterSymbol => PersonalDataStoredAnalyzer.PlaceMember,
                        IMethodSymbol => PersonalDataStoredAnalyzer.PlaceMethod,
                        _ => PersonalDataStoredAnalyzer.PlaceMethodType,
                    };
                    if (!seen.Add(kind))
                    {
                        continue; // One place of each kind: the nearest.
                    }

                    locations.Add(place.Locations[0]);
                    kinds.Append(kinds.Length == 0 ? string.Empty : ";").Append(kind);
                    names.Append(names.Length == 0 ? string.Empty : ";").Append(place is INamedTypeSymbol || place.ContainingType is null || place is IParameterSymbol ? place.Name : place.ContainingType.Name + "." + place.Name);
                }

                return (locations, ImmutableDictionary<string, string?>.Empty
                    .Add(PersonalDataStoredAnalyzer.PlacesProperty, kinds.ToString())
                    .Add(PersonalDataStoredAnalyzer.PlaceNamesProperty, names.ToString()));
            }

            /// <summary>Records the transfer for a host that asked for facts (the record of processing lists recipients,
            /// their roles, countries and mechanisms, Art. 30(1)(d)-(e)). Probable personal data only where reported.</summary>
            private void Record(PersonalDataFinding finding, Transfer transfer, DeclaredRecipient? declared, bool undeclared, Location location)
            {
                if (recorder is null || (probable != null && !undeclared))
                {
                    return;
                }

                ImmutableArray<string> rules = undeclared ? ImmutableArray.Create(descriptor.Id) : ImmutableArray<string>.Empty;
                if (!undeclared && declared!.TransferProblem() != null)
                {
                    rules = ImmutableArray.Create(descriptor.Id);
                }

                recorder.Record(new ProcessingFact(
                    ProcessingKind.Transfer,
                    finding.Name,
                    model.CategoryOf(finding.Origin),
                    transfer.SinkName,
                    purpose: null,
                    lawfulBasis: null,
                    humanReview: false,
                    rules,
                    location,
                    recipient: undeclared ? null : new RecipientFact(declared!.Name, declared.Role, declared.Country, declared.Mechanism, declared.Reason),
                    item: PersonalDataInventory.ItemName(finding.Origin)));
            }
        }
    }
}
