using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR015: personal data read by processing that declares a purpose the data is not declared for (purpose
    /// limitation, GDPR Art. 5(1)(b); compatible purposes, Art. 6(4)). Both sides are declared with
    /// <c>[ProcessingPurpose]</c> (<see cref="PurposeLimitationModel"/>); where either side declares none, nothing is
    /// restricted (GDPR002 asks for the purposes of stored data). Reported at the first read of each member in each
    /// method, not at writes or in <c>nameof</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PurposeLimitationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PurposeLimitation);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var shared = SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken);
                var model = new PurposeLimitationModel(shared.Known, shared.Model);
                if (!shared.Known.HasAnyPersonalDataMarker || !model.IsAvailable)
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block => AnalyzeBlock(block, model));
            });
        }

        private static void AnalyzeBlock(OperationBlockStartAnalysisContext block, PurposeLimitationModel model)
        {
            ISymbol owner = block.OwningSymbol;
            ImmutableArray<string> purposes = model.PurposesOfProcessing(owner);
            if (purposes.IsEmpty)
            {
                return;
            }

            // The first read of each member in the block, reported when the block ends so that the place does not depend
            // on the order the driver visits the operations in.
            var firstReads = new Dictionary<ISymbol, (IOperation Read, ImmutableArray<string> Purposes)>(SymbolEqualityComparer.Default);
            block.RegisterOperationAction(
                context =>
                {
                    IOperation read = context.Operation;
                    ISymbol member = read is IPropertyReferenceOperation property ? property.Property : ((IFieldReferenceOperation)read).Field;
                    if (!IsRead(read) || !model.IsPersonalData(member))
                    {
                        return;
                    }

                    ImmutableArray<string> declared = model.PurposesOfData(member);
                    if (declared.IsEmpty || PurposeLimitationModel.Shares(declared, purposes))
                    {
                        return;
                    }

                    lock (firstReads)
                    {
                        if (!firstReads.TryGetValue(member, out var first) || read.Syntax.SpanStart < first.Read.Syntax.SpanStart)
                        {
                            firstReads[member] = (read, declared);
                        }
                    }
                },
                OperationKind.PropertyReference,
                OperationKind.FieldReference);
            block.RegisterOperationBlockEndAction(end =>
            {
                List<(IOperation Read, ImmutableArray<string> Purposes, ISymbol Member)> reads;
                lock (firstReads)
                {
                    reads = firstReads.Select(pair => (pair.Value.Read, pair.Value.Purposes, pair.Key)).OrderBy(read => read.Read.Syntax.SpanStart).ToList();
                }

                if (reads.Count == 0)
                {
                    return;
                }

                string processing = owner switch
                {
                    IMethodSymbol { MethodKind: MethodKind.Constructor } => owner.ContainingType?.Name + " constructor",
                    IMethodSymbol { AssociatedSymbol: { } associated } => associated.ContainingType?.Name + "." + associated.Name,
                    _ => owner.ContainingType?.Name + "." + owner.Name,
                };

                foreach ((IOperation read, ImmutableArray<string> declared, ISymbol member) in reads)
                {
                    end.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.PurposeLimitation,
                        read.Syntax.GetLocation(),
                        member.ContainingType?.Name + "." + member.Name,
                        PurposeLimitationModel.Display(declared),
                        processing,
                        PurposeLimitationModel.Display(purposes)));
                }
            });
        }

        /// <summary>Whether the reference reads the member: not the target of a plain assignment or an object
        /// initializer, and not inside <c>nameof</c>.</summary>
        private static bool IsRead(IOperation reference)
        {
            if (reference.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference))
            {
                return false;
            }

            for (IOperation? current = reference.Parent; current != null; current = current.Parent)
            {
                if (current is INameOfOperation)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
