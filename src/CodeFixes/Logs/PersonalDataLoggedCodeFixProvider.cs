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
    /// Fixes GDPR001 (and GDPR006, GDPR101, and GDPR009 in an exception's message) by wrapping the value in <c>Redact.Pseudonymize(...)</c> or
    /// <c>Redact.Erase(...)</c> (first action: Pseudonymise for personal data; only Erase for credentials: GDPR006, and a
    /// GDPR001, GDPR009 or GDPR101 value that is also a credential, which Fix All erases too), and adds <c>using GdprAnalyzers.Annotations;</c>. A value that is not a string is
    /// converted with <c>ToString()</c> before it is pseudonymised, so the first action compiles at every site and
    /// <c>dotnet format</c> can apply it to a whole solution. Not offered where no wrapping compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataLoggedCodeFixProvider)), Shared]
    public sealed class PersonalDataLoggedCodeFixProvider : CodeFixProvider
    {
        /// <summary>Equivalence key of "Pseudonymise" (<c>Redact.Pseudonymize</c>).</summary>
        public const string PseudonymizeKey = "GDPR001.Pseudonymize";

        /// <summary>Equivalence key of "Erase" (<c>Redact.Erase</c>).</summary>
        public const string EraseKey = "GDPR001.Erase";

        private const string RedactMetadataName = AnnotationNames.Redact;

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PersonalDataLogged, RuleIds.CredentialLogged, RuleIds.ProbablePersonalDataLogged, RuleIds.ExceptionMessage);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel?.Compilation.GetTypeByMetadataName(RedactMetadataName) is null)
            {
                return; // The annotations library is not referenced: Redact would not compile.
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (FindTarget(root, diagnostic) is not { } target)
                {
                    continue;
                }

                string shown = target.ToString();
                if (shown.Length > 40)
                {
                    shown = shown.Substring(0, 37) + "...";
                }

                CodeAction pseudonymise = CodeAction.Create(
                    $"Pseudonymise '{shown}' with Redact.Pseudonymize",
                    ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), PseudonymizeKey, ct),
                    PseudonymizeKey);
                CodeAction erase = CodeAction.Create(
                    $"Erase '{shown}' with Redact.Erase",
                    ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), EraseKey, ct),
                    EraseKey);

                // The first action is what `dotnet format` applies. A pseudonym of personal data still lets records of one
                // person be linked; a keyed hash of a secret is still derived from the secret, so credentials are erased
                // (GDPR006, and GDPR001 or GDPR101 on a value that is also a credential).
                // Pseudonymise is not offered for them at all, and Fix All erases them whichever action it applies.
                if (IsCredential(diagnostic))
                {
                    context.RegisterCodeFix(erase, diagnostic);
                    continue;
                }

                context.RegisterCodeFix(pseudonymise, diagnostic);
                context.RegisterCodeFix(erase, diagnostic);
            }
        }

        /// <summary>Whether the flagged value is a credential: GDPR006, or a GDPR001, GDPR009 or GDPR101 finding the analyzer
        /// marked.</summary>
        private static bool IsCredential(Diagnostic diagnostic) =>
            diagnostic.Id == RuleIds.CredentialLogged
            || (diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.CredentialProperty, out string? credential) && credential == PersonalDataLoggedAnalyzer.CredentialYes);

        private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            string key = context.CodeActionEquivalenceKey == EraseKey ? EraseKey : PseudonymizeKey;
            return FixDocumentAsync(document, diagnostics, key, context.CancellationToken)!;
        }

        /// <summary>Rewrites one document once for all its diagnostics, then adds the <c>using</c> and simplifies.</summary>
        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string key, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return document;
            }

            // Pseudonymise never applies to a credential, whatever the action chosen (Fix All, dotnet format): it is erased.
            var targets = new List<ExpressionSyntax>();
            var erased = new HashSet<ExpressionSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (FindTarget(root, diagnostic) is { } target)
                {
                    targets.Add(target);
                    if (key == EraseKey || IsCredential(diagnostic))
                    {
                        erased.Add(target);
                    }
                }
            }

            if (targets.Count == 0)
            {
                return document;
            }

            var needsConversion = new HashSet<ExpressionSyntax>();
            var nullable = new HashSet<ExpressionSyntax>();

            // A sequence (a list of e-mail addresses, claims projected to anonymous objects) is written element by element
            // by the logging libraries; its ToString() is its type's name. Each element is pseudonymised instead:
            // Enumerable.Select(value, element => Redact.Pseudonymize(element?.ToString())).
            var sequences = new Dictionary<ExpressionSyntax, (bool ElementIsReference, bool ElementIsText, string Parameter)>();
            foreach (ExpressionSyntax target in targets)
            {
                if (!erased.Contains(target))
                {
                    TypeInfo typeInfo = semanticModel.GetTypeInfo(target, cancellationToken);
                    ITypeSymbol? type = typeInfo.Type;
                    if (type is not null && type.SpecialType != SpecialType.System_String && SymbolRelations.SequenceElementType(type) is { } element)
                    {
                        sequences[target] = (element.IsReferenceType || element.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || element.TypeKind == TypeKind.TypeParameter,
                            element.SpecialType == SpecialType.System_String, FreeName(semanticModel, target.SpanStart, "element"));
                    }

                    if (type?.SpecialType != SpecialType.System_String)
                    {
                        needsConversion.Add(target);
                        bool mayBeNull = type is null
                            || (type.IsReferenceType && typeInfo.Nullability.FlowState != NullableFlowState.NotNull)
                            || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
                        if (mayBeNull)
                        {
                            nullable.Add(target);
                        }
                    }
                }
            }

            bool importIsSafe = await AnnotationsImport.IsSafeAsync(document, cancellationToken).ConfigureAwait(false);
            SyntaxNode newRoot = root.ReplaceNodes(targets, (original, rewritten) =>
            {
                ExpressionSyntax value = ((ExpressionSyntax)rewritten).WithoutTrivia();
                if (sequences.TryGetValue(original, out (bool ElementIsReference, bool ElementIsText, string Parameter) sequence))
                {
                    return AnnotationsImport.Adjust(PseudonymizeEach(value, sequence.ElementIsReference, sequence.ElementIsText, sequence.Parameter, nullable.Contains(original)), importIsSafe)
                        .WithTriviaFrom(original);
                }

                if (needsConversion.Contains(original))
                {
                    value = ToStringCall(value, nullable.Contains(original));
                }

                string method = erased.Contains(original) ? "Erase" : "Pseudonymize";
                ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.ParseExpression("global::" + RedactMetadataName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                        SyntaxFactory.IdentifierName(method)),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value))));
                return AnnotationsImport.Adjust(call, importIsSafe).WithTriviaFrom(original);
            });

            Document changed = document.WithSyntaxRoot(newRoot);
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>Enumerable.Select(value, element => Redact.Pseudonymize(element?.ToString()))</c>, guarded by
        /// <c>value == null ? null : ...</c> when the sequence may be null.</summary>
        private static ExpressionSyntax PseudonymizeEach(ExpressionSyntax value, bool elementIsReference, bool elementIsText, string parameter, bool nullable)
        {
            ExpressionSyntax receiver = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                or ElementAccessExpressionSyntax or ThisExpressionSyntax
                ? value
                : SyntaxFactory.ParenthesizedExpression(value);
            ExpressionSyntax element = elementIsText ? SyntaxFactory.IdentifierName(parameter) : ToStringCall(SyntaxFactory.IdentifierName(parameter), elementIsReference);
            ExpressionSyntax pseudonym = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseExpression("global::" + RedactMetadataName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                    SyntaxFactory.IdentifierName("Pseudonymize")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(element))));
            ExpressionSyntax select = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::System.Linq.Enumerable.Select").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(receiver),
                    SyntaxFactory.Argument(SyntaxFactory.SimpleLambdaExpression(SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)), pseudonym)),
                })));
            if (!nullable)
            {
                return select;
            }

            return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.ConditionalExpression(
                SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, receiver, SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression)),
                SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression),
                select));
        }

        /// <summary><paramref name="name"/>, or <paramref name="name"/> followed by a number, whichever names nothing in
        /// scope at <paramref name="position"/>.</summary>
        private static string FreeName(SemanticModel semanticModel, int position, string name)
        {
            string candidate = name;
            for (int i = 2; i < 100 && semanticModel.LookupSymbols(position, name: candidate).Length > 0; i++)
            {
                candidate = name + i;
            }

            return candidate;
        }

        private static ExpressionSyntax ToStringCall(ExpressionSyntax value, bool nullable)
        {
            ExpressionSyntax receiver = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                or ElementAccessExpressionSyntax or ThisExpressionSyntax or ConditionalAccessExpressionSyntax
                ? value
                : SyntaxFactory.ParenthesizedExpression(value);
            InvocationExpressionSyntax toStringCall = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(SyntaxFactory.IdentifierName("ToString")));
            if (nullable)
            {
                return receiver is ConditionalAccessExpressionSyntax access
                    ? AppendToConditionalAccess(access, toStringCall)
                    : SyntaxFactory.ConditionalAccessExpression(receiver, toStringCall);
            }

            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("ToString")));
        }

        private static ConditionalAccessExpressionSyntax AppendToConditionalAccess(ConditionalAccessExpressionSyntax access, InvocationExpressionSyntax toStringCall)
        {
            // a?.B becomes a?.B?.ToString(): the inner WhenNotNull gains its own conditional access.
            ExpressionSyntax whenNotNull = access.WhenNotNull is ConditionalAccessExpressionSyntax nested
                ? AppendToConditionalAccess(nested, toStringCall)
                : SyntaxFactory.ConditionalAccessExpression(access.WhenNotNull, toStringCall);
            return access.WithWhenNotNull(whenNotNull);
        }

        private static ExpressionSyntax? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix) || fix != PersonalDataLoggedAnalyzer.FixWrap)
            {
                return null;
            }

            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            while (node is not ExpressionSyntax && node.Parent != null && node.Parent.Span == node.Span)
            {
                node = node.Parent;
            }

            // The flagged expression may be an inner node of the same span (a?.B binds B inside); take the outermost.
            while (node.Parent is ExpressionSyntax parent && parent.Span == node.Span)
            {
                node = parent;
            }

            return node as ExpressionSyntax;
        }
    }
}
