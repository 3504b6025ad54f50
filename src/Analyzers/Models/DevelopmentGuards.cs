using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Whether code runs only in development or behind a switch read from configuration (GDPR020's guards). Guarded is
    /// code:
    /// <list type="bullet">
    /// <item>in the true branch of an <c>if</c> (or <c>?:</c>) whose condition is a guard, or in the false branch of one
    /// whose condition is a negated guard (<c>if (!env.IsDevelopment()) { ... } else { here }</c>), or after
    /// <c>if (!env.IsDevelopment()) return;</c> (or <c>throw</c>) in the same block;</item>
    /// <item>between <c>#if DEBUG</c> and its <c>#else</c>, <c>#elif</c> or <c>#endif</c>;</item>
    /// <item>in a method of the ASP.NET Core startup conventions for development (<c>ConfigureDevelopment</c>,
    /// <c>ConfigureDevelopmentServices</c>).</item>
    /// </list>
    /// A guard is a call of <c>IsDevelopment()</c> (the hosting environments' extension), <c>IsEnvironment("Development")</c>,
    /// a <c>bool</c> read from configuration (<c>GetValue&lt;bool&gt;(...)</c>), or a <c>bool</c> property of an options
    /// or settings object (a type whose name ends in <c>Options</c>, <c>Settings</c>, <c>Configuration</c> or
    /// <c>Config</c>); <c>a &amp;&amp; b</c> when either is one, <c>a || b</c> when both are. The walk up the operation tree
    /// is bounded by <see cref="MaxParents"/>.
    /// </summary>
    internal static class DevelopmentGuards
    {
        /// <summary>How many enclosing operations are looked at.</summary>
        public const int MaxParents = 1_000;

        /// <summary>Whether <paramref name="operation"/> runs only in development or behind a configuration switch.</summary>
        public static bool IsGuarded(IOperation operation, ISymbol containingSymbol)
        {
            if (containingSymbol is IMethodSymbol { Name: "ConfigureDevelopment" or "ConfigureDevelopmentServices" }
                || IsInDebugRegion(operation.Syntax))
            {
                return true;
            }

            IOperation current = operation;
            for (int steps = 0; current.Parent is { } parent && steps < MaxParents; steps++, current = parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when ReferenceEquals(conditional.WhenTrue, current):
                        if (IsGuard(conditional.Condition))
                        {
                            return true;
                        }

                        break;
                    case IConditionalOperation conditional when ReferenceEquals(conditional.WhenFalse, current):
                        if (IsNegatedGuard(conditional.Condition))
                        {
                            return true;
                        }

                        break;
                    case IBlockOperation block when AfterEarlyExit(block, current):
                        return true;
                }
            }

            return false;
        }

        /// <summary>Whether a statement before <paramref name="statement"/> in <paramref name="block"/> leaves the block
        /// unless in development: <c>if (!env.IsDevelopment()) return;</c>.</summary>
        private static bool AfterEarlyExit(IBlockOperation block, IOperation statement)
        {
            foreach (IOperation earlier in block.Operations)
            {
                if (ReferenceEquals(earlier, statement))
                {
                    return false;
                }

                if (earlier is IConditionalOperation { WhenFalse: null } exit && IsNegatedGuard(exit.Condition) && Exits(exit.WhenTrue))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Exits(IOperation branch) => branch switch
        {
            IReturnOperation or IThrowOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation { Operations.Length: > 0 } block => Exits(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };

        private static bool IsNegatedGuard(IOperation condition) =>
            SymbolRelations.WithoutConversions(condition) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not && IsGuard(not.Operand);

        private static bool IsGuard(IOperation condition)
        {
            switch (SymbolRelations.WithoutConversions(condition))
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    return IsGuard(and.LeftOperand) || IsGuard(and.RightOperand);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    return IsGuard(or.LeftOperand) && IsGuard(or.RightOperand);
                case IInvocationOperation { TargetMethod.Name: "IsDevelopment" }:
                    return true;
                case IInvocationOperation { TargetMethod.Name: "IsEnvironment" } invocation:
                    return invocation.Arguments.Length > 0 && NamesDevelopment(invocation.Arguments[invocation.Arguments.Length - 1].Value);
                case IInvocationOperation { TargetMethod: { Name: "GetValue", ReturnType.SpecialType: SpecialType.System_Boolean } }:
                    return true;
                case IPropertyReferenceOperation { Property: { Type.SpecialType: SpecialType.System_Boolean, ContainingType.Name: { } typeName } }:
                    return typeName.EndsWith("Options", System.StringComparison.Ordinal) || typeName.EndsWith("Settings", System.StringComparison.Ordinal)
                        || typeName.EndsWith("Configuration", System.StringComparison.Ordinal) || typeName.EndsWith("Config", System.StringComparison.Ordinal);
                default:
                    return false;
            }
        }

        /// <summary>The environment name <c>"Development"</c>, or the hosting library's <c>Environments.Development</c>.</summary>
        private static bool NamesDevelopment(IOperation value) =>
            value.ConstantValue is { HasValue: true, Value: "Development" }
            || SymbolRelations.WithoutConversions(value) is IFieldReferenceOperation { Field.Name: "Development" } or IPropertyReferenceOperation { Property.Name: "Development" };

        /// <summary>Whether <paramref name="node"/> lies between an <c>#if DEBUG</c> (or <c>#elif DEBUG</c>) and the next
        /// directive of its chain. Code in an inactive region has no operations at all, so only active regions are asked
        /// about.</summary>
        private static bool IsInDebugRegion(SyntaxNode node)
        {
            SyntaxNode root = node.SyntaxTree.GetRoot();
            int position = node.SpanStart;
            for (DirectiveTriviaSyntax? directive = root.GetFirstDirective(); directive != null && directive.SpanStart < position; directive = directive.GetNextDirective())
            {
                if (directive is not ConditionalDirectiveTriviaSyntax { Condition: IdentifierNameSyntax { Identifier.ValueText: "DEBUG" } })
                {
                    continue;
                }

                foreach (DirectiveTriviaSyntax related in directive.GetRelatedDirectives())
                {
                    if (related.SpanStart > directive.SpanStart)
                    {
                        if (position < related.SpanStart)
                        {
                            return true;
                        }

                        break;
                    }
                }
            }

            return false;
        }
    }
}
