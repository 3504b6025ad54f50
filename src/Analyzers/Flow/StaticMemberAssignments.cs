using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The values assigned anywhere in the compilation's source to each static field and static auto-property of the
    /// compilation (<c>lastEmail = customer.Email;</c> in one method, <c>lastEmail</c> logged in another), flow-insensitive.
    /// Built lazily: one walk over the syntax of the compilation's trees, on the first question, lists the assignments by
    /// the name they write; the assignments that name a member asked about are bound once and cached per member. Shared
    /// by the flows of one compilation; thread-safe.
    /// </summary>
    internal sealed class StaticMemberAssignments
    {
        private static readonly IReadOnlyList<IOperation> None = Array.Empty<IOperation>();

        private readonly Compilation compilation;
        private readonly Lazy<Dictionary<string, List<AssignmentExpressionSyntax>>> byName;
        private readonly ConcurrentDictionary<ISymbol, IReadOnlyList<IOperation>> byMember = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

        /// <param name="compilation">The compilation whose static members are followed.</param>
        public StaticMemberAssignments(Compilation compilation)
        {
            this.compilation = compilation;
            byName = new Lazy<Dictionary<string, List<AssignmentExpressionSyntax>>>(IndexAssignments, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Whether <paramref name="member"/> is a static field (not a constant) or static property of this
        /// compilation's source, whose assignments may be followed.</summary>
        public static bool IsFollowed(ISymbol member) =>
            member.IsStatic
            && member is IFieldSymbol { IsConst: false } or IPropertySymbol { IsIndexer: false }
            && member.Locations.Length > 0 && member.Locations[0].IsInSource;

        /// <summary>The values assigned to <paramref name="member"/> anywhere in source (simple, compound and
        /// <c>??=</c> assignments); none for a property with accessor bodies (its getter decides what is read).</summary>
        public IReadOnlyList<IOperation> ValuesOf(ISymbol member)
        {
            if (!IsFollowed(member))
            {
                return None;
            }

            return byMember.GetOrAdd(member.OriginalDefinition, Bind);
        }

        private IReadOnlyList<IOperation> Bind(ISymbol member)
        {
            if ((member is IPropertySymbol property && !IsAutoProperty(property))
                || !byName.Value.TryGetValue(member.Name, out List<AssignmentExpressionSyntax>? candidates))
            {
                return None;
            }

            List<IOperation>? values = null;
            foreach (AssignmentExpressionSyntax candidate in candidates)
            {
#pragma warning disable RS1030 // An assignment in another file needs its tree's semantic model (flow engine issue, as MethodSummaries).
                SemanticModel model = models.GetOrAdd(candidate.SyntaxTree, tree => compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
                if (model.GetOperation(candidate) is not IAssignmentOperation assignment)
                {
                    continue;
                }

                ISymbol? written = assignment.Target switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation reference => reference.Property,
                    _ => null,
                };

                if (written != null && SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, member))
                {
                    (values ??= new List<IOperation>(1)).Add(assignment.Value);
                }
            }

            return values ?? None;
        }

        private static bool IsAutoProperty(IPropertySymbol property)
        {
            foreach (ISymbol member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol { AssociatedSymbol: { } associated } && SymbolEqualityComparer.Default.Equals(associated, property))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every assignment of the compilation's source whose target is a name or a member access (what a
        /// static member's assignment looks like), by the name written; object initializers left out.</summary>
        private Dictionary<string, List<AssignmentExpressionSyntax>> IndexAssignments()
        {
            var index = new Dictionary<string, List<AssignmentExpressionSyntax>>(StringComparer.Ordinal);
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
                {
                    if (node is not AssignmentExpressionSyntax assignment || assignment.Parent is InitializerExpressionSyntax)
                    {
                        continue;
                    }

                    string? name = assignment.Left switch
                    {
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        MemberAccessExpressionSyntax { Name: var memberName } => memberName.Identifier.ValueText,
                        _ => null,
                    };

                    if (name is null)
                    {
                        continue;
                    }

                    if (!index.TryGetValue(name, out List<AssignmentExpressionSyntax>? list))
                    {
                        list = new List<AssignmentExpressionSyntax>(1);
                        index.Add(name, list);
                    }

                    list.Add(assignment);
                }
            }

            return index;
        }
    }
}
