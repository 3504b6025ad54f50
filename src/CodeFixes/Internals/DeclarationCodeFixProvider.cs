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
    /// Shared mechanics of the fixes that add a declaration attribute (<c>[ProcessingPurpose]</c>, <c>[LawfulBasis]</c>,
    /// <c>[RetentionPeriod]</c>) at one of the places a diagnostic offers: the member, its type, the storing method or its type. The choice of
    /// value is a person's: Fix All works in document and project scope only, so that <c>dotnet format</c> (solution
    /// scope) never makes it; in Fix All, places in other documents are left for single fixes.
    /// </summary>
    public abstract class DeclarationCodeFixProvider : CodeFixProvider
    {
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

        /// <summary>The choice an equivalence key names in <paramref name="compilation"/> (a choice copied from a declaration
        /// elsewhere in it), or null; by default <see cref="ChoiceFromKeyPart(string)"/>.</summary>
        private protected virtual Choice? ChoiceFromKeyPart(string keyPart, Compilation compilation, CancellationToken cancellationToken) => ChoiceFromKeyPart(keyPart);

        /// <inheritdoc/>
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SemanticModel? semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (semanticModel is null || semanticModel.Compilation.GetTypeByMetadataName(AnnotationNames.Namespace + "." + AttributeSimpleName + "Attribute") is null)
            {
                return; // The annotations library (or a version with this attribute) is not referenced: it would not compile.
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
            SyntaxNode? declaration = root is null ? null : AttributeWriter.Declaration(root.FindNode(place.SourceSpan, getInnermostNodeForTie: true));
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

            Document changed = await AttributeWriter.AddAsync(document, new[] { place }, attribute, cancellationToken).ConfigureAwait(false);
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
            Compilation? compilation = parts.Length == 2 ? await document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false) : null;
            if (compilation is null || ChoiceFromKeyPart(parts[1], compilation, context.CancellationToken) is not { } choice)
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

            return places.Count == 0 ? document : await AttributeWriter.AddAsync(document, places, choice.Attribute, context.CancellationToken).ConfigureAwait(false);
        }

        private static string[] Split(Diagnostic diagnostic, string property) =>
            diagnostic.Properties.TryGetValue(property, out string? value) && !string.IsNullOrEmpty(value)
                ? value!.Split(';')
                : System.Array.Empty<string>();
    }
}
