using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Writes GdprAnalyzers' declaration attributes (<c>[PersonalData]</c>, <c>[ProcessingPurpose]</c>,
    /// <c>[LawfulBasis]</c>, <c>[AutomatedDecision]</c>, <c>[return: PersonalData]</c>) onto declarations, in one editing
    /// style for every fix: the attribute on a line of its own, after attributes that already sit on their own lines and
    /// before those on the declaration's line; on a parameter, inline; on a positional record parameter, with the
    /// <c>property:</c> target; never twice; then the <c>using</c> and simplified names.
    /// </summary>
    internal static class AttributeWriter
    {
        /// <summary>The namespace of the annotations library.</summary>
        internal const string AnnotationsNamespace = AnnotationNames.Namespace;

        /// <summary>Adds <paramref name="attribute"/> once to each declaration found at <paramref name="places"/> of one
        /// document, then the <c>using</c>, and simplifies the names.</summary>
        internal static Task<Document> AddAsync(Document document, IReadOnlyList<Location> places, AttributeSyntax attribute, CancellationToken cancellationToken) =>
            AddAsync(document, places, attribute, returnTarget: false, cancellationToken);

        /// <summary>As above; <paramref name="returnTarget"/> writes <c>[return: ...]</c> on methods.</summary>
        internal static Task<Document> AddAsync(Document document, IReadOnlyList<Location> places, AttributeSyntax attribute, bool returnTarget, CancellationToken cancellationToken)
        {
            var targeted = new List<(Location, bool)>(places.Count);
            foreach (Location place in places)
            {
                targeted.Add((place, returnTarget));
            }

            return AddAsync(document, targeted, attribute, cancellationToken);
        }

        /// <summary>Adds <paramref name="attribute"/> once to each declaration at the places of one document, on the return
        /// value where a place says so, then the <c>using</c>, and simplifies the names.</summary>
        internal static async Task<Document> AddAsync(Document document, IReadOnlyList<(Location Place, bool ReturnTarget)> places, AttributeSyntax attribute, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            string attributeName = AttributeClassName(attribute);
            var targets = new Dictionary<SyntaxNode, bool>();
            foreach ((Location place, bool returnTarget) in places)
            {
                if (Declaration(root.FindNode(place.SourceSpan, getInnermostNodeForTie: true)) is { } declaration
                    && (returnTarget || !AlreadyHas(model, declaration, attributeName, cancellationToken)))
                {
                    targets[declaration] = returnTarget;
                }
            }

            if (targets.Count == 0)
            {
                return document;
            }

            attribute = AnnotationsImport.Adjust(attribute, await AnnotationsImport.IsSafeAsync(document, cancellationToken).ConfigureAwait(false));
            SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (endOfLine == default)
            {
                endOfLine = SyntaxFactory.EndOfLine("\n");
            }

            SyntaxNode newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) => AddAttribute(rewritten, attribute, endOfLine, targets[original]));
            Document changed = document.WithSyntaxRoot(newRoot);
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The attribute class's simple name, e.g. <c>LawfulBasisAttribute</c>.</summary>
        private static string AttributeClassName(AttributeSyntax attribute) => attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };

        /// <summary>Whether the declared symbol (any of its partial parts) already has an attribute of that class: a
        /// second one would not compile (<c>[LawfulBasis]</c>) or would not help (a placeholder purpose).</summary>
        private static bool AlreadyHas(SemanticModel? model, SyntaxNode declaration, string attributeClassName, CancellationToken cancellationToken)
        {
            ISymbol? symbol = declaration switch
            {
                BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 => model?.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken),
                _ => model?.GetDeclaredSymbol(declaration, cancellationToken),
            };
            if (symbol is null)
            {
                return false;
            }

            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == attributeClassName
                    && attribute.AttributeClass.ContainingNamespace?.ToDisplayString() == AnnotationsNamespace)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The declaration an attribute goes on at or around <paramref name="node"/>: a type, property, field, method
        /// or parameter; null if none.</summary>
        internal static SyntaxNode? Declaration(SyntaxNode node)
        {
            for (SyntaxNode? current = node; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case BaseTypeDeclarationSyntax:
                    case BasePropertyDeclarationSyntax:
                    case BaseFieldDeclarationSyntax:
                    case BaseMethodDeclarationSyntax:
                    case ParameterSyntax:
                        return current;
                }
            }

            return null;
        }

        private static SyntaxNode AddAttribute(SyntaxNode declaration, AttributeSyntax attribute, SyntaxTrivia endOfLine, bool returnTarget)
        {
            AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            if (returnTarget)
            {
                list = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.ReturnKeyword)));
            }

            if (declaration is ParameterSyntax parameter)
            {
                // A positional record parameter: the attribute goes to the generated property.
                if (parameter.Parent?.Parent is RecordDeclarationSyntax)
                {
                    list = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)));
                }

                return parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, list.WithTrailingTrivia(SyntaxFactory.Space)));
            }

            return declaration is MemberDeclarationSyntax member ? AddToMember(member, list, endOfLine) : declaration;
        }

        /// <summary>Adds the attribute list to a member: last, on a line of its own, when the member's attributes are on
        /// lines of their own; first, on a line of its own, when it has none or they are on the declaration's line.</summary>
        internal static SyntaxNode AddToMember(MemberDeclarationSyntax member, AttributeListSyntax list, SyntaxTrivia endOfLine)
        {
            SyntaxTriviaList leading = member.GetLeadingTrivia();
            SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            if (member.AttributeLists.Count > 0 && member.AttributeLists.Last().GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                return member.WithAttributeLists(member.AttributeLists.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)));
            }

            MemberDeclarationSyntax stripped = member.WithLeadingTrivia(indentation);
            return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
        }

        /// <summary>An attribute written with its full name, reduced by the simplifier (and a <c>using</c> added).</summary>
        internal static AttributeSyntax Attribute(string attributeName, ExpressionSyntax? argument)
        {
            AttributeSyntax attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::" + AnnotationsNamespace + "." + attributeName)
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
            return argument is null
                ? attribute
                : attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(argument))));
        }

    }
}
