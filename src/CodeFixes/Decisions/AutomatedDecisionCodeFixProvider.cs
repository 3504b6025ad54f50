using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
    /// Fixes GDPR004 (and GDPR104). "Route through human review" wraps the decision as <c>PendingDecision.Hold(decision).Outcome</c>:
    /// the type of the expression stays the same, so every use still compiles, and reading <c>Outcome</c> throws
    /// <c>DecisionPendingReviewException</c> until a named reviewer confirms or overrides the decision. "Mark as reviewed"
    /// adds <c>[HumanReview]</c> to the calling method. How decisions are reviewed is the controller's choice: Fix All
    /// works in document and project scope only, so <c>dotnet format</c> never applies these fixes.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AutomatedDecisionCodeFixProvider)), Shared]
    public sealed class AutomatedDecisionCodeFixProvider : CodeFixProvider
    {
        /// <summary>Equivalence key of "Route through human review".</summary>
        public const string RouteKey = "GDPR004.RouteThroughHumanReview";

        /// <summary>Equivalence key of "Mark as reviewed".</summary>
        public const string MarkReviewedKey = "GDPR004.MarkReviewed";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AutomatedDecisionWithoutReview, RuleIds.ProbableAutomatedDecisionWithoutReview);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(FixAllInDocumentAsync, ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project));

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model?.Compilation.GetTypeByMetadataName(AnnotationNames.PendingDecision) is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (CanRoute(diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Route through human review (PendingDecision.Hold)",
                            ct => RouteAsync(context.Document, new[] { diagnostic }, ct),
                            RouteKey),
                        diagnostic);
                }

                if (diagnostic.Properties.TryGetValue(AutomatedDecisionAnalyzer.CallerProperty, out string? caller) && caller != null
                    && diagnostic.AdditionalLocations.Count > 1)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Mark '{caller}' as reviewed by a person ([HumanReview])",
                            ct => MarkAsync(context.Document.Project.Solution, diagnostic.AdditionalLocations[1], ct),
                            MarkReviewedKey),
                        diagnostic);
                }
            }
        }

        private static bool CanRoute(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(AutomatedDecisionAnalyzer.CanRouteProperty, out string? value) && value == "true"
            && diagnostic.AdditionalLocations.Count > 0;

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            if (context.CodeActionEquivalenceKey == RouteKey)
            {
                return await RouteAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
            }

            SyntaxTree? tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            var places = new List<Location>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count > 1 && diagnostic.AdditionalLocations[1].SourceTree == tree)
                {
                    places.Add(diagnostic.AdditionalLocations[1]);
                }
            }

            return places.Count == 0 ? document : await AttributeWriter.AddAsync(document, places, HumanReview(), context.CancellationToken).ConfigureAwait(false);
        }

        private static async Task<Solution> MarkAsync(Solution solution, Location place, CancellationToken cancellationToken)
        {
            Document? document = place.SourceTree is null ? null : solution.GetDocument(place.SourceTree);
            if (document is null)
            {
                return solution;
            }

            Document changed = await AttributeWriter.AddAsync(document, new[] { place }, HumanReview(), cancellationToken).ConfigureAwait(false);
            return changed.Project.Solution;
        }

        private static AttributeSyntax HumanReview() => AttributeWriter.Attribute("HumanReviewAttribute", null);

        /// <summary>Wraps each decision of <paramref name="diagnostics"/> once (several findings may share one decision).</summary>
        private static async Task<Document> RouteAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = new HashSet<ExpressionSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (CanRoute(diagnostic) && diagnostic.AdditionalLocations[0].SourceTree == root.SyntaxTree
                    && root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax target)
                {
                    targets.Add(Outermost(target));
                }
            }

            if (targets.Count == 0)
            {
                return document;
            }

            bool importIsSafe = await AnnotationsImport.IsSafeAsync(document, cancellationToken).ConfigureAwait(false);
            SyntaxNode newRoot = root.ReplaceNodes(targets, (original, rewritten) =>
            {
                ExpressionSyntax hold = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.ParseExpression("global::" + AttributeWriter.AnnotationsNamespace + ".PendingDecision")
                            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                        SyntaxFactory.IdentifierName("Hold")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(((ExpressionSyntax)rewritten).WithoutTrivia()))));
                ExpressionSyntax outcome = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, hold, SyntaxFactory.IdentifierName("Outcome"));
                return AnnotationsImport.Adjust(outcome, importIsSafe).WithTriviaFrom(original);
            });

            Document changed = document.WithSyntaxRoot(newRoot);
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private static ExpressionSyntax Outermost(ExpressionSyntax node)
        {
            while (node.Parent is ExpressionSyntax parent && parent.Span == node.Span)
            {
                node = parent;
            }

            return node;
        }
    }
}
