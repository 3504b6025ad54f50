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
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes GDPR020 by restricting the setting to development, and invents nothing: where a hosting environment
    /// (<c>IHostEnvironment</c>, or the <c>Environment</c> of a <c>WebApplication</c> or its builder) is in scope and its
    /// <c>IsDevelopment()</c> binds there, <c>EnableSensitiveDataLogging()</c> becomes
    /// <c>EnableSensitiveDataLogging(environment.IsDevelopment())</c> and any other setting's statement is wrapped in
    /// <c>if (environment.IsDevelopment()) { ... }</c>; otherwise the statement is wrapped in <c>#if DEBUG</c> ...
    /// <c>#endif</c>. A setting inside an expression (an expression-bodied lambda, an object initializer) without an
    /// environment in scope gets no fix. The choice restricts a leak and needs no person's decision, so Fix All works in
    /// every scope and <c>dotnet format</c> applies it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LeakingConfigurationCodeFixProvider)), Shared]
    public sealed class LeakingConfigurationCodeFixProvider : CodeFixProvider
    {
        /// <summary>The equivalence key of "Turn it on only in development".</summary>
        public const string GuardKey = "GDPR020.GuardToDevelopment";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LeakingConfiguration);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            SourceText text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Plan(root, model, text, diagnostic, context.CancellationToken) is { } change)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(change.Title, ct => Task.FromResult(context.Document.WithText(text.WithChanges(change.Change))), GuardKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var changes = new List<TextChange>();
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (Plan(root, model, text, diagnostic, context.CancellationToken) is { } change
                    && !changes.Any(existing => existing.Span.IntersectsWith(change.Change.Span) || existing.Span.Start == change.Change.Span.Start))
                {
                    changes.Add(change.Change);
                }
            }

            return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes));
        }

        /// <summary>The edit that guards the setting <paramref name="diagnostic"/> is on, or null when none fits.</summary>
        private static GuardChange? Plan(SyntaxNode root, SemanticModel model, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan);
            SyntaxNode? setting = node.AncestorsAndSelf().FirstOrDefault(n => n is InvocationExpressionSyntax or AssignmentExpressionSyntax);
            if (setting is null)
            {
                return null;
            }

            string? environment = Environment(model, setting, cancellationToken);
            if (environment != null && setting is InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "EnableSensitiveDataLogging" },
                    ArgumentList: { } arguments,
                })
            {
                string guard = environment + ".IsDevelopment()";
                TextChange change = arguments.Arguments.Count == 0
                    ? new TextChange(new TextSpan(arguments.OpenParenToken.Span.End, 0), guard)
                    : new TextChange(arguments.Arguments[0].Expression.Span, guard);
                return new GuardChange("Turn it on only in development (" + guard + ")", change);
            }

            if (setting.Parent is not ExpressionStatementSyntax statement || statement.Parent is not (BlockSyntax or GlobalStatementSyntax))
            {
                return null;
            }

            string newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
            TextLine first = text.Lines.GetLineFromPosition(statement.SpanStart);
            TextLine last = text.Lines.GetLineFromPosition(statement.Span.End);
            string indent = text.ToString(TextSpan.FromBounds(first.Start, statement.SpanStart));
            if (!string.IsNullOrWhiteSpace(indent))
            {
                return null; // Another statement before it on the same line.
            }

            if (environment != null)
            {
                string guard = environment + ".IsDevelopment()";
                string body = text.ToString(TextSpan.FromBounds(statement.SpanStart, last.End)).Replace(newLine, newLine + "    ");
                string wrapped = "if (" + guard + ")" + newLine + indent + "{" + newLine + indent + "    " + body + newLine + indent + "}";
                return new GuardChange("Turn it on only in development (if (" + guard + "))", new TextChange(TextSpan.FromBounds(statement.SpanStart, last.End), wrapped));
            }

            string region = "#if DEBUG" + newLine + text.ToString(TextSpan.FromBounds(first.Start, last.End)) + newLine + "#endif";
            return new GuardChange("Turn it on only in Debug builds (#if DEBUG)", new TextChange(TextSpan.FromBounds(first.Start, last.End), region));
        }

        /// <summary>
        /// An expression for the hosting environment at <paramref name="setting"/>, or null: a local (declared before it),
        /// parameter, field or property whose type is <c>IHostEnvironment</c> or implements it, else the
        /// <c>Environment</c> property of one such holder (<c>app.Environment</c>, <c>builder.Environment</c>); only where
        /// <c>IsDevelopment()</c> binds on it there. Instance members are not used from a static context. The first by
        /// kind (locals and parameters first) and name.
        /// </summary>
        private static string? Environment(SemanticModel model, SyntaxNode setting, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? hostEnvironment = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostEnvironment");
            int position = setting.SpanStart;
            if (hostEnvironment is null || model.LookupSymbols(position, hostEnvironment, "IsDevelopment", includeReducedExtensionMethods: true).IsEmpty)
            {
                return null;
            }

            bool isStatic = model.GetEnclosingSymbol(position, cancellationToken) is { } enclosing && IsInStaticMember(enclosing);
            var candidates = new List<(int Rank, string Text)>();
            foreach (ISymbol symbol in model.LookupSymbols(position))
            {
                (ITypeSymbol? type, int rank) = symbol switch
                {
                    ILocalSymbol local when local.DeclaringSyntaxReferences.All(r => r.Span.End <= position) => (local.Type, 0),
                    IParameterSymbol parameter => (parameter.Type, 0),
                    IFieldSymbol field when !isStatic || field.IsStatic => (field.Type, 1),
                    IPropertySymbol property when !property.IsIndexer && (!isStatic || property.IsStatic) => (property.Type, 1),
                    _ => (null, 0),
                };

                if (type is null)
                {
                    continue;
                }

                if (IsHostEnvironment(type, hostEnvironment))
                {
                    candidates.Add((rank, symbol.Name));
                }
                else if (type.GetMembers("Environment").OfType<IPropertySymbol>().FirstOrDefault() is { } inner && IsHostEnvironment(inner.Type, hostEnvironment))
                {
                    candidates.Add((rank + 2, symbol.Name + ".Environment"));
                }
            }

            return candidates.OrderBy(c => c.Rank).ThenBy(c => c.Text, System.StringComparer.Ordinal).Select(c => c.Text).FirstOrDefault();
        }

        /// <summary>Whether the member that holds <paramref name="symbol"/> (past lambdas and local functions) is static.</summary>
        private static bool IsInStaticMember(ISymbol symbol)
        {
            for (ISymbol? current = symbol; current != null; current = current.ContainingSymbol)
            {
                if (current is IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } or IFieldSymbol or IPropertySymbol)
                {
                    return current.IsStatic;
                }
            }

            return false;
        }

        private static bool IsHostEnvironment(ITypeSymbol type, INamedTypeSymbol hostEnvironment) =>
            SymbolEqualityComparer.Default.Equals(type, hostEnvironment) || type.AllInterfaces.Contains(hostEnvironment, SymbolEqualityComparer.Default);

        private sealed class GuardChange
        {
            public GuardChange(string title, TextChange change)
            {
                Title = title;
                Change = change;
            }

            public string Title { get; }

            public TextChange Change { get; }
        }
    }
}
