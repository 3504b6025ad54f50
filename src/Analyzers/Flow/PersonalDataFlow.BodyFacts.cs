using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    internal sealed partial class PersonalDataFlow
    {
        /// <summary>
        /// The values that flow into each local, parameter and <c>this</c> member of one body, gathered in one walk and
        /// kept while the body lives: initializers, assignments (compound too), <c>foreach</c> variables (from the
        /// collection), deconstruction, pattern variables, and calls that put a value into a local collection or builder
        /// (<c>Add</c>, <c>Append</c>, element assignment).
        /// </summary>
        private sealed class BodyFacts
        {
            private readonly Dictionary<ISymbol, List<IOperation>> values = new(SymbolEqualityComparer.Default);
            private readonly Dictionary<ISymbol, List<IOperation>> overwrites = new(SymbolEqualityComparer.Default);

            public BodyFacts(IOperation body)
            {
                foreach (IOperation operation in body.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                            Add(declarator.Symbol, initializer.Value);
                            AddOverwrite(declarator.Symbol, declarator);
                            break;
                        case ISimpleAssignmentOperation { Parent: IExpressionStatementOperation } simple when Target(simple.Target) is { } written
                            && simple.Target is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                            Add(written, simple.Value);
                            if (simple.Target is not IFieldReferenceOperation { Instance: ILocalReferenceOperation } and not IPropertyReferenceOperation { Instance: ILocalReferenceOperation })
                            {
                                AddOverwrite(written, simple);
                            }

                            break;
                        case IConditionalOperation { WhenFalse: not null, Parent: IBlockOperation } branches:
                            // if (...) { email = a; } else { email = b; }: the whole statement overwrites what email held.
                            AddBranchOverwrites(branches);
                            break;
                        case ISwitchOperation { Parent: IBlockOperation } branches:
                            AddBranchOverwrites(branches);
                            break;
                        case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Parent: IInvocationOperation } argument
                            when Target(argument.Value is IDeclarationExpressionOperation declared ? declared.Expression : argument.Value) is { } written:
                            // TryGetContact(customer, out var contact): what the call hands out through the argument.
                            Add(written, argument);
                            break;
                        case IDeconstructionAssignmentOperation deconstruction:
                            AddDeconstruction(deconstruction.Target, deconstruction.Value);
                            break;
                        case IAssignmentOperation assignment:
                            AddAssignment(assignment.Target, assignment.Value);
                            break;
                        case IForEachLoopOperation loop:
                            foreach (ILocalSymbol local in loop.Locals)
                            {
                                Add(local, loop.Collection);
                            }

                            break;
                        case IDeclarationPatternOperation { DeclaredSymbol: { } declared } pattern:
                            if (TestedValue(pattern) is { } input)
                            {
                                Add(declared, input);
                            }

                            break;
                        case IRecursivePatternOperation { DeclaredSymbol: { } declared } pattern:
                            // customer is { Email: { } email }, order is Customer { } c: the value the pattern tests.
                            if (TestedValue(pattern) is { } tested)
                            {
                                Add(declared, tested);
                            }

                            break;
                        case IInvocationOperation { Instance: { } instance } invocation when PropagationModel.IsInsertion(invocation.TargetMethod.Name):
                            // text.Append("a").Append(email): the chain's root receiver is the builder.
                            while (instance is IInvocationOperation { Instance: { } inner } chained && PropagationModel.IsInsertion(chained.TargetMethod.Name))
                            {
                                instance = inner;
                            }

                            if (Target(instance) is { } collection)
                            {
                                foreach (IArgumentOperation argument in invocation.Arguments)
                                {
                                    Add(collection, argument.Value);
                                }
                            }

                            break;
                    }
                }

                // In source order, so that the last overwrite before a use is found from the end without a full scan
                // (a method that reassigns one local thousands of times would otherwise cost a scan per use).
                foreach (List<IOperation> writes in overwrites.Values)
                {
                    writes.Sort(static (x, y) => x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart));
                }
            }

            /// <summary>The values that may flow into <paramref name="symbol"/> where <paramref name="use"/> reads it: all
            /// of them, less those written before an overwrite that surely runs between them and the use (a plain
            /// assignment that is a statement of a block enclosing the use, before it, with no lambda in between).</summary>
            public List<IOperation>? ValuesOf(ISymbol symbol, IOperation use)
            {
                if (!values.TryGetValue(symbol, out List<IOperation>? list))
                {
                    return null;
                }

                int killBefore = LastOverwriteBefore(symbol, use);
                if (killBefore < 0)
                {
                    return list;
                }

                var reaching = new List<IOperation>(list.Count);
                foreach (IOperation value in list)
                {
                    if (value.Syntax.SpanStart >= killBefore)
                    {
                        reaching.Add(value);
                    }
                }

                return reaching;
            }

            /// <summary>Whether a plain overwrite of <paramref name="symbol"/> surely runs before <paramref name="use"/>
            /// (so a parameter's incoming value no longer reaches it).</summary>
            public bool IsOverwrittenBefore(ISymbol symbol, IOperation use) => LastOverwriteBefore(symbol, use) >= 0;

            private int LastOverwriteBefore(ISymbol symbol, IOperation use)
            {
                if (!overwrites.TryGetValue(symbol, out List<IOperation>? writes))
                {
                    return -1;
                }

                // Writes are in source order. The statements of qualifying writes sit in blocks that enclose the use and end
                // before it, so they are disjoint: the last qualifying write, from the end, has the latest statement.
                int usePosition = use.Syntax.SpanStart;
                for (int i = LastStartingBefore(writes, usePosition); i >= 0; i--)
                {
                    IOperation statement = writes[i];
                    while (statement.Parent != null && statement.Parent is not IBlockOperation)
                    {
                        if (statement.Parent is IExpressionStatementOperation or IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation)
                        {
                            statement = statement.Parent;
                            continue;
                        }

                        statement = null!;
                        break;
                    }

                    if (statement?.Parent is IBlockOperation block && statement.Syntax.Span.End <= usePosition && Encloses(block, use))
                    {
                        return statement.Syntax.SpanStart;
                    }
                }

                return -1;
            }

            /// <summary>The index of the last write (in source order) that starts before <paramref name="position"/>, or -1.</summary>
            private static int LastStartingBefore(List<IOperation> writes, int position)
            {
                int low = 0;
                int high = writes.Count - 1;
                int found = -1;
                while (low <= high)
                {
                    int middle = low + ((high - low) / 2);
                    if (writes[middle].Syntax.SpanStart < position)
                    {
                        found = middle;
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return found;
            }

            private static bool Encloses(IOperation block, IOperation use)
            {
                for (IOperation? current = use.Parent; current != null; current = current.Parent)
                {
                    if (current == block)
                    {
                        return true;
                    }

                    if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                    {
                        return false; // The use may run later, after other writes.
                    }
                }

                return false;
            }

            /// <summary>How many nested if/else or switch statements a branch overwrite is looked for in.</summary>
            private const int MaxBranchNesting = 16;

            /// <summary>Records an <c>if</c>/<c>else</c> or <c>switch</c> statement (with a <c>default</c>) as an overwrite of
            /// each local or parameter that every branch surely overwrites, or leaves by <c>return</c> or <c>throw</c>.</summary>
            private void AddBranchOverwrites(IOperation statement)
            {
                HashSet<ISymbol>? candidates = null;
                foreach (IOperation inner in statement.Descendants())
                {
                    if (inner is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation, Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment
                        && Target(assignment.Target) is { } written)
                    {
                        (candidates ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(written);
                    }
                }

                foreach (ISymbol symbol in candidates ?? (IEnumerable<ISymbol>)Array.Empty<ISymbol>())
                {
                    if (Overwrites(statement, symbol, 0))
                    {
                        AddOverwrite(symbol, statement);
                    }
                }
            }

            /// <summary>Whether every path through <paramref name="branch"/> that reaches its end overwrites
            /// <paramref name="symbol"/> with a plain assignment statement (a path that returns or throws never reaches
            /// the use).</summary>
            private static bool Overwrites(IOperation? branch, ISymbol symbol, int nesting)
            {
                if (branch is null || nesting > MaxBranchNesting)
                {
                    return false;
                }

                switch (branch)
                {
                    case IBlockOperation block:
                        foreach (IOperation statement in block.Operations)
                        {
                            if (Overwrites(statement, symbol, nesting + 1))
                            {
                                return true;
                            }
                        }

                        return false;
                    case IReturnOperation { Kind: OperationKind.Return }:
                    case IExpressionStatementOperation { Operation: IThrowOperation }:
                    case IThrowOperation:
                        return true;
                    case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment }:
                        return SymbolEqualityComparer.Default.Equals(Target(assignment.Target), symbol);
                    case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                        return Overwrites(conditional.WhenTrue, symbol, nesting + 1) && Overwrites(whenFalse, symbol, nesting + 1);
                    case ISwitchOperation switchStatement:
                        bool hasDefault = false;
                        foreach (ISwitchCaseOperation section in switchStatement.Cases)
                        {
                            foreach (ICaseClauseOperation clause in section.Clauses)
                            {
                                hasDefault |= clause.CaseKind == CaseKind.Default;
                            }

                            bool written = false;
                            foreach (IOperation statement in section.Body)
                            {
                                if (Overwrites(statement, symbol, nesting + 1))
                                {
                                    written = true;
                                    break;
                                }
                            }

                            if (!written)
                            {
                                return false;
                            }
                        }

                        return hasDefault;
                    default:
                        return false;
                }
            }

            private void AddOverwrite(ISymbol symbol, IOperation write)
            {
                if (!overwrites.TryGetValue(symbol, out List<IOperation>? list))
                {
                    list = new List<IOperation>(1);
                    overwrites.Add(symbol, list);
                }

                list.Add(write);
            }

            private void AddAssignment(IOperation target, IOperation value)
            {
                if (Target(target) is { } symbol)
                {
                    Add(symbol, value);
                }
            }

            private void AddDeconstruction(IOperation target, IOperation value)
            {
                if (target is IDeclarationExpressionOperation declaration)
                {
                    target = declaration.Expression;
                }

                if (target is ITupleOperation targets)
                {
                    IOperation unwrapped = value;
                    while (unwrapped is IConversionOperation conversion)
                    {
                        unwrapped = conversion.Operand;
                    }

                    ITupleOperation? values = unwrapped is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length ? tuple : null;
                    for (int i = 0; i < targets.Elements.Length; i++)
                    {
                        AddDeconstruction(targets.Elements[i], values?.Elements[i] ?? value);
                    }

                    return;
                }

                if (target is IDiscardOperation)
                {
                    return;
                }

                AddAssignment(target, value);
            }

            /// <summary>The local, parameter or <c>this</c> member an expression writes to (element writes count as writes
            /// to the collection).</summary>
            private static ISymbol? Target(IOperation target)
            {
                // Down nested element writes (a[i][j] = ...) in a loop: their nesting is as deep as the user's code.
                while (target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: not null } or IArrayElementReferenceOperation)
                {
                    target = target is IArrayElementReferenceOperation element ? element.ArrayReference : ((IPropertyReferenceOperation)target).Instance!;
                }

                switch (target)
                {
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field:
                        return field.Field;
                    case IPropertyReferenceOperation { Property.IsIndexer: false, Instance: IInstanceReferenceOperation } property:
                        return property.Property;
                    case IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner }:
                        return owner.Local; // entry.Email = ...: the local's object now holds it.
                    case IFieldReferenceOperation { Instance: ILocalReferenceOperation owner }:
                        return owner.Local;
                    default:
                        return null;
                }
            }

            private void Add(ISymbol symbol, IOperation value)
            {
                if (!values.TryGetValue(symbol, out List<IOperation>? list))
                {
                    list = new List<IOperation>(1);
                    values.Add(symbol, list);
                }

                list.Add(value);
            }
        }
    }
}
