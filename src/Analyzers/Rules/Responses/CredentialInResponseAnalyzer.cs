using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR010: an object whose type has credential members (<see cref="SerializedCredentialModel"/>: an Identity user's
    /// <c>PasswordHash</c> and <c>SecurityStamp</c>, members named or marked as credentials) reaches an HTTP response
    /// (<see cref="ResponseSinkModel"/>: a controller action's or minimal API endpoint's result, <c>Ok(user)</c>,
    /// <c>Results.Json(user)</c>, <c>WriteAsJsonAsync(user)</c>), where the serializer writes every public member (GDPR
    /// Art. 32 security of processing). Judged by the value's type, as the serializer does; reported at the value, with
    /// no automatic fix (the shape of a response is the developer's choice: a data transfer object, or
    /// <c>[JsonIgnore]</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialInResponseAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CredentialInResponse);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                KnownSymbols known = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken).Known;
                var sinks = new ResponseSinkModel(known);
                if (!sinks.IsAvailable)
                {
                    return;
                }

                var credentials = new SerializedCredentialModel(known);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        AnalyzeArguments(operation, invocation.TargetMethod, invocation.Arguments, sinks, credentials);
                    },
                    OperationKind.Invocation);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var creation = (IObjectCreationOperation)operation.Operation;
                        if (creation.Constructor is { } constructor)
                        {
                            AnalyzeArguments(operation, constructor, creation.Arguments, sinks, credentials);
                        }
                    },
                    OperationKind.ObjectCreation);
                start.RegisterOperationAction(operation => AnalyzeReturn(operation, sinks, credentials), OperationKind.Return);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var reference = (IMethodReferenceOperation)operation.Operation;
                        if (sinks.EndpointSink(reference) is { } map)
                        {
                            Report(operation, reference, reference.Method.ReturnType, map, credentials);
                        }
                    },
                    OperationKind.MethodReference);
            });
        }

        private static void AnalyzeArguments(OperationAnalysisContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ResponseSinkModel sinks, SerializedCredentialModel credentials)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && sinks.BodyArgumentSink(method, argument) is { } sink)
                {
                    IOperation value = SymbolRelations.WithoutConversions(argument.Value);
                    Report(context, value, value.Type, sink, credentials);
                }
            }
        }

        /// <summary><c>return user;</c> in a controller action or a minimal API endpoint's lambda (not in a local function
        /// or another lambda inside them).</summary>
        private static void AnalyzeReturn(OperationAnalysisContext context, ResponseSinkModel sinks, SerializedCredentialModel credentials)
        {
            var ret = (IReturnOperation)context.Operation;
            if (ret.ReturnedValue is not { } returned || ret.Kind != OperationKind.Return)
            {
                return;
            }

            string? sink = null;
            IOperation? current = ret.Parent;
            while (current != null && current is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
            {
                current = current.Parent;
            }

            if (current is IAnonymousFunctionOperation lambda)
            {
                sink = sinks.EndpointSink(lambda);
            }
            else if (current is null)
            {
                sink = sinks.ActionSink(context.ContainingSymbol);
            }

            if (sink != null)
            {
                IOperation value = SymbolRelations.WithoutConversions(returned);
                Report(context, value, value.Type, sink, credentials);
            }
        }

        private static void Report(OperationAnalysisContext context, IOperation value, ITypeSymbol? type, string sink, SerializedCredentialModel credentials)
        {
            if (credentials.Find(type) is { } found)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CredentialInResponse, value.Syntax.GetLocation(), found.TypeName, found.Path, sink));
            }
        }
    }
}
