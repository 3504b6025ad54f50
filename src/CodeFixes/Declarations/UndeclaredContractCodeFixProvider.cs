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
    /// a fact the code already shows, so Fix All works in every scope and <c>dotnet format</c> may apply it; it writes each
    /// declaration its diagnostics propose, also in another document than the diagnostic (a parameter's diagnostic sits
    /// at the call).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredContractCodeFixProvider)), Shared]
    public sealed class UndeclaredContractCodeFixProvider : CodeFixProvider
    {
        /// <summary>Equivalence key of "Declare [PersonalData]".</summary>
        public const string DeclareKey = "GDPR007.Declare";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UndeclaredContract);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => DeclarationsFixAllProvider.Instance;

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

            Document changed = await AttributeWriter.AddAsync(document, new[] { place }, Attribute(), returnValue, cancellationToken).ConfigureAwait(false);
            return changed.Project.Solution;
        }

        /// <summary>The declarations the diagnostics of a Fix All propose contracts for, wherever they are: a parameter's
        /// diagnostic sits at a call, often in another document than the parameter. Each declaration is written once, and
        /// each document that declares some is rewritten once.</summary>
        private static async Task<Solution> DeclareAllAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var byTree = new Dictionary<SyntaxTree, List<(Location Place, bool ReturnTarget)>>();
            var seen = new HashSet<(SyntaxTree, int, bool)>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0].SourceTree is not { } tree
                    || !diagnostic.Properties.TryGetValue(UndeclaredContractAnalyzer.KindProperty, out string? kind))
                {
                    continue;
                }

                Location place = diagnostic.AdditionalLocations[0];
                bool returnTarget = kind == UndeclaredContractAnalyzer.KindReturn;
                if (!seen.Add((tree, place.SourceSpan.Start, returnTarget)))
                {
                    continue;
                }

                if (!byTree.TryGetValue(tree, out List<(Location, bool)>? places))
                {
                    places = new List<(Location, bool)>();
                    byTree.Add(tree, places);
                }

                places.Add((place, returnTarget));
            }

            foreach (KeyValuePair<SyntaxTree, List<(Location Place, bool ReturnTarget)>> entry in byTree)
            {
                if (solution.GetDocument(entry.Key) is { } document)
                {
                    Document changed = await AttributeWriter.AddAsync(document, entry.Value, Attribute(), cancellationToken).ConfigureAwait(false);
                    solution = changed.Project.Solution;
                }
            }

            return solution;
        }

        /// <summary>Fix All in a document, a project or the solution: every declaration proposed by the diagnostics in
        /// scope, in whichever document it is declared.</summary>
        private sealed class DeclarationsFixAllProvider : FixAllProvider
        {
            public static readonly DeclarationsFixAllProvider Instance = new();

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var diagnostics = new List<Diagnostic>();
                switch (fixAllContext.Scope)
                {
                    case FixAllScope.Document when fixAllContext.Document is { } document:
                        diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                        break;
                    case FixAllScope.Project:
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                        break;
                    case FixAllScope.Solution:
                        foreach (Project project in fixAllContext.Solution.Projects)
                        {
                            diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                        }

                        break;
                    default:
                        return null;
                }

                Solution solution = fixAllContext.Solution;
                return CodeAction.Create(
                    "Declare [PersonalData] contracts",
                    ct => DeclareAllAsync(solution, diagnostics, ct),
                    fixAllContext.CodeActionEquivalenceKey);
            }
        }

        private static Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax Attribute() =>
            AttributeWriter.Attribute("PersonalDataAttribute", null);
    }
}
