using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes GDPR007 by declaring the contract: <c>[return: PersonalData]</c> on the method, or <c>[PersonalData]</c> on
    /// the parameter (qualified where ASP.NET Core Identity's attribute of the same name is in use). A declaration states
    /// a fact the code already shows, so Fix All works in every scope and <c>dotnet format</c> may apply it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredContractCodeFixProvider)), Shared]
    public sealed class UndeclaredContractCodeFixProvider : CodeFixProvider
    {
        /// <summary>Equivalence key of "Declare [PersonalData]".</summary>
        public const string DeclareKey = "GDPR007.Declare";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UndeclaredContract);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        /// <inheritdoc/>
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count == 0 || !diagnostic.Properties.TryGetValue(UndeclaredContractAnalyzer.KindProperty, out string? kind))
                {
                    continue;
                }

                bool returnValue = kind == UndeclaredContractAnalyzer.KindReturn;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        returnValue ? "Declare [return: PersonalData]" : "Declare [PersonalData] on the parameter",
                        ct => DeclareAsync(context.Document.Project.Solution, diagnostic.AdditionalLocations[0], returnValue, ct),
                        DeclareKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> DeclareAsync(Solution solution, Location place, bool returnValue, CancellationToken cancellationToken)
        {
            Document? document = place.SourceTree is null ? null : solution.GetDocument(place.SourceTree);
            if (document is null)
            {
                return solution;
            }

            Document changed = await DeclarationCodeFixProvider.AddAsync(document, new[] { place }, Attribute(), returnValue, cancellationToken).ConfigureAwait(false);
            return changed.Project.Solution;
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            var places = new List<(Location, bool)>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                // Declarations in this document only: one in another document is fixed with that document's own
                // diagnostics or by a single fix.
                if (diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0].SourceTree == tree
                    && diagnostic.Properties.TryGetValue(UndeclaredContractAnalyzer.KindProperty, out string? kind))
                {
                    places.Add((diagnostic.AdditionalLocations[0], kind == UndeclaredContractAnalyzer.KindReturn));
                }
            }

            return places.Count == 0 ? document : await DeclarationCodeFixProvider.AddAsync(document, places, Attribute(), context.CancellationToken).ConfigureAwait(false);
        }

        private static Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax Attribute() =>
            DeclarationCodeFixProvider.Attribute("PersonalDataAttribute", null);
    }
}
