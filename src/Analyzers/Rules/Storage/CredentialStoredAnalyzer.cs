using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR012: a credential reaches a store in clear (GDPR Art. 32(1)(a), 5(1)(f)). The credentials are GDPR006's, in two
    /// groups with their own sanitizers (<see cref="StoredCredentialSources"/>): passwords, clean only after a password
    /// hasher, and keys and tokens, clean after a hasher, encryption or data protection. The stores are GDPR002's
    /// (<see cref="StorageSinkModel.StoredValues"/>: Dapper, ADO.NET, files, caches, Redis, MongoDB, session, cookies),
    /// reported at the stored value, and the mapped members of EF Core entities, reported at the assignment
    /// (<c>user.Password = password</c>): an entity member's declaration says nothing of what is put into it. A token in
    /// a cookie is where a browser is meant to hold it; a password or key there is reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialStoredAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialStoredInClear);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var state = new CompilationState(SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken));
                start.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
                start.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
            });
        }

        private sealed class CompilationState
        {
            private readonly StorageSinkModel sinks;
            private readonly EntityModel entities;
            private readonly Group passwords;
            private readonly Group secrets;

            public CompilationState(SharedCompilationState shared)
            {
                KnownSymbols known = shared.Known;
                sinks = new StorageSinkModel(known);
                entities = shared.Entities;
                passwords = new Group(shared, new StoredCredentialSources(known, passwords: true));
                secrets = new Group(shared, new StoredCredentialSources(known, passwords: false));
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (sinks.StoredValues(invocation, context.ContainingSymbol, passwords.Model, entities) is not { } storedPasswords)
                {
                    return;
                }

                // The two groups differ only in which members of a Dapper parameter object hold their sources.
                List<IOperation> storedSecrets = sinks.StoredValues(invocation, context.ContainingSymbol, secrets.Model, entities)!;
                string sinkName = StorageSinkModel.DisplayName(invocation.TargetMethod);
                bool cookie = sinks.IsCookie(invocation);
                var reported = new HashSet<IOperation>();
                foreach (IOperation value in storedPasswords)
                {
                    Analyze(context, passwords, value, sinkName, cookie, reported);
                }

                foreach (IOperation value in storedSecrets)
                {
                    Analyze(context, secrets, value, sinkName, cookie, reported);
                }
            }

            /// <summary><c>DbParameter.Value = ...</c> of a command that stores it, and a mapped member of an EF Core entity
            /// (<c>user.Password = ...</c>, <c>new User { ApiKey = ... }</c>).</summary>
            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                string? sinkName = sinks.StoredAssignment(assignment, context.ContainingSymbol) ?? sinks.EntityMemberStore(assignment, context.ContainingSymbol, entities, out _);
                if (sinkName is null)
                {
                    return;
                }

                var reported = new HashSet<IOperation>();
                Analyze(context, passwords, assignment.Value, sinkName, cookie: false, reported);
                Analyze(context, secrets, assignment.Value, sinkName, cookie: false, reported);
            }

            /// <summary>Reports each credential of <paramref name="group"/>'s kinds in <paramref name="value"/>, once per
            /// expression (<paramref name="reported"/>: an object may carry a password and a key).</summary>
            private static void Analyze(OperationAnalysisContext context, Group group, IOperation value, string sinkName, bool cookie, HashSet<IOperation> reported)
            {
                var findings = new List<PersonalDataFinding>(1);
                group.Flow.Collect(value, findings, context.CancellationToken);
                foreach (PersonalDataFinding finding in findings)
                {
                    CredentialKind kind = group.Model.KindOf(finding);
                    if ((cookie && kind == CredentialKind.Token) || !reported.Add(finding.Operation))
                    {
                        continue; // A browser holds its session or access token in a cookie.
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.CredentialStoredInClear,
                        finding.Operation.Syntax.GetLocation(),
                        finding.Name,
                        sinkName,
                        finding.Provenance.MessageSuffix,
                        kind == CredentialKind.Password ? "without a password hasher" : "without hashing or encryption"));
                }
            }

            /// <summary>One group of credential kinds: its model and the flow engine over it.</summary>
            private sealed class Group
            {
                public Group(SharedCompilationState shared, StoredCredentialSources model)
                {
                    Model = model;
                    Flow = shared.NewFlow(model);
                }

                public StoredCredentialSources Model { get; }

                public PersonalDataFlow Flow { get; }
            }
        }
    }
}
