using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes GDPR011 (and GDPR105) with "Declare recipient on '...'" for each place the diagnostic offers (the client's
    /// field, property or parameter, the sending method, its type): one nested action per recipient already declared in
    /// the compilation (a copy of its declaration: name, role, country, mechanism and reason, most used first), and "New
    /// recipient (write it in place of the TODO)", which inserts <c>[Recipient("TODO")]</c>, a placeholder that stays
    /// reported until a person names the recipient (who receives the data is the controller's knowledge, GDPR Art.
    /// 13(1)(e), 30(1)(d)). Fix All in document and project scope only, so <c>dotnet format</c> never applies it.
    /// Equivalence keys: <c>GDPR011.&lt;place&gt;.Recipient:&lt;name&gt;</c> and <c>GDPR011.&lt;place&gt;.NewRecipient</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecipientCodeFixProvider)), Shared]
    public sealed class RecipientCodeFixProvider : DeclarationCodeFixProvider
    {
        /// <summary>The name the "New recipient" action writes; GDPR011 reports it as a placeholder.</summary>
        public const string PlaceholderName = "TODO";

        private const string NewKeyPart = "NewRecipient";
        private const string RecipientKeyPrefix = "Recipient:";

        /// <summary>The equivalence key of "New recipient" at one place (<see cref="PersonalDataStoredAnalyzer.PlaceMember"/>, ...).</summary>
        public static string NewRecipientKey(string place) => RuleIds.SentWithoutRecipient + "." + place + "." + NewKeyPart;

        /// <summary>The equivalence key of a recipient declared elsewhere, at one place.</summary>
        public static string RecipientKey(string place, string name) => RuleIds.SentWithoutRecipient + "." + place + "." + RecipientKeyPrefix + name;

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SentWithoutRecipient, RuleIds.ProbableSentWithoutRecipient);

        private protected override string KeyPrefix => RuleIds.SentWithoutRecipient;

        private protected override string AttributeSimpleName => "Recipient";

        private protected override string GroupTitle(string placeName) => $"Declare recipient on '{placeName}'";

        private protected override ImmutableArray<Choice> GetChoices(Compilation compilation, CancellationToken cancellationToken)
        {
            var builder = ImmutableArray.CreateBuilder<Choice>();
            foreach (DeclaredRecipient recipient in DeclaredRecipients(compilation, cancellationToken))
            {
                builder.Add(Make(recipient));
            }

            builder.Add(New());
            return builder.ToImmutable();
        }

        private protected override Choice? ChoiceFromKeyPart(string keyPart) => keyPart == NewKeyPart ? New() : null;

        private protected override Choice? ChoiceFromKeyPart(string keyPart, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!keyPart.StartsWith(RecipientKeyPrefix, StringComparison.Ordinal))
            {
                return ChoiceFromKeyPart(keyPart);
            }

            string name = keyPart.Substring(RecipientKeyPrefix.Length);
            DeclaredRecipient? recipient = DeclaredRecipients(compilation, cancellationToken).FirstOrDefault(r => r.Name == name);
            return recipient is null ? null : Make(recipient);
        }

        private static Choice New() =>
            new(
                "New recipient (write it in place of the TODO)",
                NewKeyPart,
                AttributeWriter.Attribute("RecipientAttribute", Literal(PlaceholderName)));

        /// <summary>A copy of <paramref name="recipient"/>'s declaration, each setting it states.</summary>
        private static Choice Make(DeclaredRecipient recipient)
        {
            AttributeSyntax attribute = AttributeWriter.Attribute("RecipientAttribute", Literal(recipient.Name));
            var arguments = new List<AttributeArgumentSyntax>(attribute.ArgumentList!.Arguments);
            if (recipient.Role != "Unspecified")
            {
                arguments.Add(Named("Role", EnumMember("RecipientRole", recipient.Role)));
            }

            if (recipient.Country != null)
            {
                arguments.Add(Named("Country", Literal(recipient.Country)));
            }

            if (recipient.Mechanism != "None")
            {
                arguments.Add(Named("Mechanism", EnumMember("TransferMechanism", recipient.Mechanism)));
            }

            if (recipient.Reason != null)
            {
                arguments.Add(Named("Reason", Literal(recipient.Reason)));
            }

            string summary = recipient.Country is null ? recipient.Name : $"{recipient.Name} ({recipient.Country})";
            return new Choice(
                $"'{summary}'",
                RecipientKeyPrefix + recipient.Name,
                attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments))));
        }

        private static AttributeArgumentSyntax Named(string name, ExpressionSyntax value) =>
            SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, value);

        private static ExpressionSyntax EnumMember(string enumName, string member) =>
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseName("global::" + AnnotationNames.Namespace + "." + enumName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                SyntaxFactory.IdentifierName(member));

        private static ExpressionSyntax Literal(string text) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

        /// <summary>The named recipients declared by <c>[Recipient]</c> in the compilation's source, one per name (its
        /// first declaration), most used first.</summary>
        private static IEnumerable<DeclaredRecipient> DeclaredRecipients(Compilation compilation, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? attributeType = compilation.GetTypeByMetadataName(AnnotationNames.RecipientAttribute);
            var found = new Dictionary<string, (DeclaredRecipient Recipient, int Count)>(StringComparer.Ordinal);
            if (attributeType is null)
            {
                return Array.Empty<DeclaredRecipient>();
            }

            foreach (ISymbol symbol in SourceSymbols.Of(compilation, cancellationToken))
            {
                Collect(symbol, attributeType, found);
                if (symbol is IMethodSymbol method)
                {
                    foreach (IParameterSymbol parameter in method.Parameters)
                    {
                        Collect(parameter, attributeType, found);
                    }
                }
            }

            return found.Values.OrderByDescending(entry => entry.Count).ThenBy(entry => entry.Recipient.Name, StringComparer.Ordinal).Select(entry => entry.Recipient);
        }

        private static void Collect(ISymbol symbol, INamedTypeSymbol attributeType, Dictionary<string, (DeclaredRecipient Recipient, int Count)> found)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    continue;
                }

                DeclaredRecipient recipient = RecipientModel.Read(attribute);
                if (recipient.IsNamed)
                {
                    found[recipient.Name] = found.TryGetValue(recipient.Name, out var entry) ? (entry.Recipient, entry.Count + 1) : (recipient, 1);
                }
            }
        }
    }
}
