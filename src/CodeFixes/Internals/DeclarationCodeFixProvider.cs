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
    /// Shared mechanics of the fixes that add a declaration attribute (<c>[ProcessingPurpose]</c>, <c>[LawfulBasis]</c>)
    /// at one of the places a diagnostic offers: the member, its type, the storing method or its type. The choice of
    /// value is a person's: Fix All works in document and project scope only, so that <c>dotnet format</c> (solution
    /// scope) never makes it; in Fix All, places in other documents are left for single fixes.
    /// </summary>
    public abstract class DeclarationCodeFixProvider : CodeFixProvider
    {
        internal const string AnnotationsNamespace = "GdprAnalyzers.Annotations";

        /// <inheritdoc/>
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(FixAllInDocumentAsync, ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project));

        /// <summary>One choice of value, with the attribute it writes.</summary>
        private protected readonly struct Choice
        {
            public Choice(string title, string keyPart, AttributeSyntax attribute)
            {
                Title = title;
                KeyPart = keyPart;
                Attribute = attribute;
            }

            public string Title { get; }

            public string KeyPart { get; }

            public AttributeSyntax Attribute { get; }
        }

        /// <summary>The key prefix of the rule's actions, e.g. <c>GDPR003</c>.</summary>
        private protected abstract string KeyPrefix { get; }

        /// <summary>The title of a group of choices for one place, e.g. <c>Declare lawful basis on 'Customer'</c>.</summary>
        private protected abstract string GroupTitle(string placeName);

        /// <summary>The choices offered; <paramref name="compilation"/> gives context (purposes already declared).</summary>
        private protected abstract ImmutableArray<Choice> GetChoices(Compilation compilation, CancellationToken cancellationToken);

        /// <summary>The choice an equivalence key names, or null.</summary>
        private protected abstract Choice? ChoiceFromKeyPart(string keyPart);

        /// <inheritdoc/>
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SemanticModel? semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (semanticModel is null || semanticModel.Compilation.GetTypeByMetadataName(AnnotationsNamespace + ".LawfulBasisAttribute") is null)
            {
                return; // The annotations library is not referenced: the attribute would not compile.
            }

            ImmutableArray<Choice> choices = GetChoices(semanticModel.Compilation, context.CancellationToken);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                string[] kinds = Split(diagnostic, PersonalDataStoredAnalyzer.PlacesProperty);
                string[] names = Split(diagnostic, PersonalDataStoredAnalyzer.PlaceNamesProperty);
                for (int i = 0; i < kinds.Length && i < names.Length && i < diagnostic.AdditionalLocations.Count; i++)
                {
                    Location place = diagnostic.AdditionalLocations[i];
                    if (await AlreadyDeclaresAsync(context.Document.Project.Solution, place, context.CancellationToken).ConfigureAwait(false))
                    {
                        continue; // A placeholder or undefined value is there: a person edits it, a second attribute would not help.
                    }

                    string kind = kinds[i];
                    var nested = ImmutableArray.CreateBuilder<CodeAction>(choices.Length);
                    foreach (Choice choice in choices)
                    {
                        AttributeSyntax attribute = choice.Attribute;
                        nested.Add(CodeAction.Create(
                            choice.Title,
                            ct => AddToSolutionAsync(context.Document.Project.Solution, place, attribute, ct),
                            Key(kind, choice.KeyPart)));
                    }

                    context.RegisterCodeFix(CodeAction.Create(GroupTitle(names[i]), nested.ToImmutable(), isInlinable: false), diagnostic);
                }
            }
        }

        /// <summary>The simple name of the attribute the fix adds, e.g. <c>LawfulBasis</c>.</summary>
        private protected abstract string AttributeSimpleName { get; }

        private async Task<bool> AlreadyDeclaresAsync(Solution solution, Location place, CancellationToken cancellationToken)
        {
            Document? document = place.SourceTree is null ? null : solution.GetDocument(place.SourceTree);
            SyntaxNode? root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SyntaxNode? declaration = root is null ? null : Declaration(root.FindNode(place.SourceSpan, getInnermostNodeForTie: true));
            SyntaxList<AttributeListSyntax> lists = declaration switch
            {
                MemberDeclarationSyntax member => member.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                _ => default,
            };

            foreach (AttributeListSyntax list in lists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
                        : attribute.Name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText
                        : attribute.Name.ToString();
                    if (name == AttributeSimpleName || name == AttributeSimpleName + "Attribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private string Key(string placeKind, string keyPart) => KeyPrefix + "." + placeKind + "." + keyPart;

        private async Task<Solution> AddToSolutionAsync(Solution solution, Location place, AttributeSyntax attribute, CancellationToken cancellationToken)
        {
            Document? document = place.SourceTree is null ? null : solution.GetDocument(place.SourceTree);
            if (document is null)
            {
                return solution;
            }

            Document changed = await AddAsync(document, new[] { place }, attribute, cancellationToken).ConfigureAwait(false);
            return changed.Project.Solution;
        }

        private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            string? key = context.CodeActionEquivalenceKey;
            if (key is null || !key.StartsWith(KeyPrefix + ".", System.StringComparison.Ordinal))
            {
                return document;
            }

            string[] parts = key.Substring(KeyPrefix.Length + 1).Split(new[] { '.' }, 2);
            if (parts.Length != 2 || ChoiceFromKeyPart(parts[1]) is not { } choice)
            {
                return document;
            }

            SyntaxTree? tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            var places = new List<Location>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                string[] kinds = Split(diagnostic, PersonalDataStoredAnalyzer.PlacesProperty);
                int index = System.Array.IndexOf(kinds, parts[0]);
                if (index >= 0 && index < diagnostic.AdditionalLocations.Count && diagnostic.AdditionalLocations[index].SourceTree == tree)
                {
                    places.Add(diagnostic.AdditionalLocations[index]);
                }
            }

            return places.Count == 0 ? document : await AddAsync(document, places, choice.Attribute, context.CancellationToken).ConfigureAwait(false);
        }

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

        private static SyntaxNode? Declaration(SyntaxNode node)
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

            SyntaxTriviaList leading = declaration.GetLeadingTrivia();
            SyntaxTriviaList indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
            if (declaration is not MemberDeclarationSyntax member)
            {
                return declaration;
            }

            if (member.AttributeLists.Count > 0 && member.AttributeLists.Last().GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                // Attributes on lines of their own: the new one goes last, on its own line.
                return member.WithAttributeLists(member.AttributeLists.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)));
            }

            // No attributes, or attributes on the declaration's line: the new one goes first, on its own line.
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

        private static string[] Split(Diagnostic diagnostic, string property) =>
            diagnostic.Properties.TryGetValue(property, out string? value) && !string.IsNullOrEmpty(value)
                ? value!.Split(';')
                : System.Array.Empty<string>();
    }
}
