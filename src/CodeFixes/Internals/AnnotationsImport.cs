using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Decides whether a fix may add <c>using GdprAnalyzers.Annotations;</c>. ASP.NET Core Identity has a
    /// <c>PersonalDataAttribute</c> too: in a file that already uses Identity's <c>[PersonalData]</c>, the import would make
    /// that name ambiguous (CS0104), so the fix writes qualified names there instead.
    /// </summary>
    internal static class AnnotationsImport
    {
        private const string AnnotationsNamespace = AnnotationNames.Namespace;

        /// <summary>Whether importing the annotations namespace leaves every simple name of the document bound as before.</summary>
        public static async Task<bool> IsSafeAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            INamespaceSymbol? annotations = model?.Compilation.GetTypeByMetadataName(AnnotationNames.Redact)?.ContainingNamespace;
            if (root is null || model is null || annotations is null)
            {
                return true;
            }

            if (root is CompilationUnitSyntax unit && unit.Usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None) && u.Name?.ToString() == AnnotationsNamespace))
            {
                return true; // Already imported: nothing changes.
            }

            var names = new HashSet<string>();
            foreach (INamedTypeSymbol type in annotations.GetTypeMembers())
            {
                names.Add(type.Name);
                if (type.Name.EndsWith("Attribute", System.StringComparison.Ordinal))
                {
                    names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
                }
            }

            foreach (IdentifierNameSyntax identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (!names.Contains(identifier.Identifier.ValueText) || identifier.Parent is MemberAccessExpressionSyntax { Name: var name } && name == identifier
                    || identifier.Parent is QualifiedNameSyntax { Right: var right } && right == identifier)
                {
                    continue; // Qualified uses are not affected by a new import.
                }

                ISymbol? symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
                INamedTypeSymbol? bound = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (bound != null && !SymbolEqualityComparer.Default.Equals(bound.ContainingNamespace, annotations))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Removes the "add imports" annotation from <paramref name="node"/> when the import is not safe.</summary>
        public static T Adjust<T>(T node, bool importIsSafe)
            where T : SyntaxNode
        {
            if (importIsSafe)
            {
                return node;
            }

            return node.ReplaceNodes(
                node.DescendantNodesAndSelf().Where(n => n.HasAnnotation(Simplifier.AddImportsAnnotation)),
                (_, rewritten) => rewritten.WithoutAnnotations(Simplifier.AddImportsAnnotation));
        }
    }
}
