using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
    /// Fixes GDPR005 by marking the declaration <c>[PersonalData(PersonalDataCategory.X)]</c>, with the category the
    /// analyzer inferred, and adds <c>using GdprAnalyzers.Annotations;</c>. In a file where that import would make
    /// ASP.NET Core Identity's <c>[PersonalData]</c> ambiguous, the attribute is written with its namespace. Fix All works in
    /// document, project and solution scope: the fix only proposes annotations for a person to review, so
    /// <c>dotnet format</c> may apply it to a whole solution.
    /// </summary>
    /// <remarks>A field declaration with several variables is split when only some of them are flagged, so that the
    /// attribute marks exactly the flagged ones.</remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProbablePersonalDataCodeFixProvider)), Shared]
    public sealed class ProbablePersonalDataCodeFixProvider : CodeFixProvider
    {
        /// <summary>Equivalence key of "Mark as personal data".</summary>
        public const string EquivalenceKey = "GDPR005.MarkPersonalData";

        private const string AnnotationsNamespace = AnnotationNames.Namespace;

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ProbablePersonalData);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel?.Compilation.GetTypeByMetadataName(AnnotationNames.PersonalDataAttribute) is null)
            {
                return; // The annotations library is not referenced: the attribute would not compile.
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (FindTarget(root, diagnostic) is not { } target)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Mark '{target.Name}' as personal data ({CategoryText(target.Category)})",
                        ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            FixDocumentAsync(document, diagnostics, context.CancellationToken)!;

        /// <summary>Marks every flagged declaration of one document, once, then adds the <c>using</c> and simplifies.</summary>
        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var properties = new Dictionary<SyntaxNode, string>();
            var parameters = new Dictionary<ParameterSyntax, string>();
            var fields = new Dictionary<BaseFieldDeclarationSyntax, Dictionary<VariableDeclaratorSyntax, string>>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (FindTarget(root, diagnostic) is not { } target)
                {
                    continue;
                }

                switch (target.Node)
                {
                    case ParameterSyntax parameter:
                        parameters[parameter] = target.Category;
                        break;
                    case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } variable:
                        if (!fields.TryGetValue(field, out Dictionary<VariableDeclaratorSyntax, string>? flagged))
                        {
                            fields[field] = flagged = new Dictionary<VariableDeclaratorSyntax, string>();
                        }

                        flagged[variable] = target.Category;
                        break;
                    default:
                        properties[target.Node] = target.Category;
                        break;
                }
            }

            if (properties.Count == 0 && parameters.Count == 0 && fields.Count == 0)
            {
                return document;
            }

            bool importIsSafe = await AnnotationsImport.IsSafeAsync(document, cancellationToken).ConfigureAwait(false);
            SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (endOfLine == default)
            {
                endOfLine = SyntaxFactory.EndOfLine("\n");
            }

            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (KeyValuePair<SyntaxNode, string> property in properties)
            {
                AttributeListSyntax list = AttributeList(property.Value, importIsSafe);
                editor.ReplaceNode(property.Key, (current, _) => AttributeWriter.AddToMember((MemberDeclarationSyntax)current, list, endOfLine));
            }

            foreach (KeyValuePair<ParameterSyntax, string> parameter in parameters)
            {
                AttributeListSyntax list = AttributeList(parameter.Value, importIsSafe).WithTrailingTrivia(SyntaxFactory.Space);
                editor.ReplaceNode(parameter.Key, (current, _) =>
                {
                    var node = (ParameterSyntax)current;
                    return node.WithAttributeLists(node.AttributeLists.Insert(0, list));
                });
            }

            foreach (KeyValuePair<BaseFieldDeclarationSyntax, Dictionary<VariableDeclaratorSyntax, string>> field in fields)
            {
                MarkFields(editor, field.Key, field.Value, importIsSafe, endOfLine);
            }

            Document changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Marks the flagged variables of one field declaration: the whole declaration when all are flagged with
        /// one category, otherwise each flagged variable moves to a declaration of its own, after the original.</summary>
        private static void MarkFields(
            SyntaxEditor editor,
            BaseFieldDeclarationSyntax field,
            Dictionary<VariableDeclaratorSyntax, string> flagged,
            bool importIsSafe,
            SyntaxTrivia endOfLine)
        {
            SeparatedSyntaxList<VariableDeclaratorSyntax> variables = field.Declaration.Variables;
            string first = flagged.Values.First();
            if (flagged.Count == variables.Count && flagged.Values.All(category => category == first))
            {
                AttributeListSyntax list = AttributeList(first, importIsSafe);
                editor.ReplaceNode(field, (current, _) => AttributeWriter.AddToMember((MemberDeclarationSyntax)current, list, endOfLine));
                return;
            }

            var kept = new List<VariableDeclaratorSyntax>();
            var moved = new List<SyntaxNode>();
            SyntaxTriviaList leading = field.GetLeadingTrivia();
            SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            foreach (VariableDeclaratorSyntax variable in variables)
            {
                if (!flagged.TryGetValue(variable, out string? category))
                {
                    kept.Add(variable);
                    continue;
                }

                BaseFieldDeclarationSyntax single = field
                    .WithDeclaration(field.Declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(variable.WithoutTrivia())))
                    .WithLeadingTrivia(indentation)
                    .WithTrailingTrivia(endOfLine);
                moved.Add(AttributeWriter.AddToMember(single, AttributeList(category, importIsSafe), endOfLine));
            }

            if (kept.Count == 0)
            {
                // Every variable is flagged, with different categories: one declaration each.
                SyntaxNode firstMoved = moved[0].WithLeadingTrivia(moved[0].GetLeadingTrivia().InsertRange(0, LeadingBeforeIndentation(leading)));
                editor.InsertAfter(field, moved.Skip(1));
                editor.ReplaceNode(field, firstMoved);
                return;
            }

            BaseFieldDeclarationSyntax rest = field.WithDeclaration(field.Declaration.WithVariables(
                SyntaxFactory.SeparatedList(kept.Select((v, i) => i == 0 ? v.WithoutLeadingTrivia() : v))));
            editor.InsertAfter(field, moved);
            editor.ReplaceNode(field, rest);
        }

        private static SyntaxTriviaList LeadingBeforeIndentation(SyntaxTriviaList leading)
        {
            int end = leading.Count;
            while (end > 0 && leading[end - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                end--;
            }

            return SyntaxFactory.TriviaList(leading.Take(end));
        }

        /// <summary><c>[PersonalData(PersonalDataCategory.X)]</c>, written with full names and reduced by the simplifier;
        /// without the "add import" annotation when importing the namespace is not safe in this file.</summary>
        private static AttributeListSyntax AttributeList(string category, bool importIsSafe)
        {
            var receiver = (MemberAccessExpressionSyntax)SyntaxFactory.ParseExpression("global::" + AnnotationsNamespace + ".PersonalDataCategory." + category);
            ExpressionSyntax argument = receiver.WithExpression(
                receiver.Expression.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
            AttributeSyntax attribute = SyntaxFactory.Attribute(
                    SyntaxFactory.ParseName("global::" + AnnotationsNamespace + ".PersonalData")
                        .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
                .WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(argument))));
            AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            return AnnotationsImport.Adjust(list, importIsSafe);
        }

        private static string CategoryText(string category) =>
            System.Enum.TryParse(category, out ProbableCategory parsed) ? ProbablePersonalDataAnalyzer.CategoryText(parsed) : category;

        /// <summary>The declaration a diagnostic flags (property, field variable or parameter), its name and category;
        /// null when it is already marked or is not one of these.</summary>
        private static Target? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(ProbablePersonalDataAnalyzer.CategoryProperty, out string? category)
                || string.IsNullOrEmpty(category) || !System.Enum.TryParse(category, out ProbableCategory _))
            {
                return null;
            }

            SyntaxToken token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            SyntaxNode? node = token.Parent switch
            {
                PropertyDeclarationSyntax property when property.Identifier == token => property,
                VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } variable when variable.Identifier == token => variable,
                ParameterSyntax parameter when parameter.Identifier == token => parameter,
                _ => null,
            };
            if (node is null || HasPersonalDataAttribute(node))
            {
                return null;
            }

            return new Target(node, token.ValueText, category!);
        }

        /// <summary>Whether the declaration already has an attribute named <c>PersonalData</c> (a second one would not
        /// compile).</summary>
        private static bool HasPersonalDataAttribute(SyntaxNode node)
        {
            SyntaxList<AttributeListSyntax> lists = node switch
            {
                ParameterSyntax parameter => parameter.AttributeLists,
                VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
                MemberDeclarationSyntax member => member.AttributeLists,
                _ => default,
            };

            foreach (AttributeListSyntax list in lists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    string name = attribute.Name switch
                    {
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        _ => attribute.Name.ToString(),
                    };
                    if (name == "PersonalData" || name == "PersonalDataAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private sealed class Target
        {
            public Target(SyntaxNode node, string name, string category)
            {
                Node = node;
                Name = name;
                Category = category;
            }

            public SyntaxNode Node { get; }

            public string Name { get; }

            public string Category { get; }
        }
    }
}
