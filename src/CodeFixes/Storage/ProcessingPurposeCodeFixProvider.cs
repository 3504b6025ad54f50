using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes GDPR002 (and GDPR102) with "Declare processing purpose on '...'": one nested action per purpose already declared in the
    /// compilation (most used first), and "New purpose (write it)" which inserts a placeholder that stays reported until a
    /// person writes the purpose. Equivalence keys: <c>GDPR002.&lt;place&gt;.Purpose:&lt;text&gt;</c> and
    /// <c>GDPR002.&lt;place&gt;.NewPurpose</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProcessingPurposeCodeFixProvider)), Shared]
    public sealed class ProcessingPurposeCodeFixProvider : DeclarationCodeFixProvider
    {
        /// <summary>The text the "New purpose" action writes; GDPR002 treats it as no purpose.</summary>
        public const string PlaceholderPurpose = "TODO: state why this personal data is processed";

        private const string NewPurposeKeyPart = "NewPurpose";
        private const string PurposeKeyPrefix = "Purpose:";

        /// <summary>The equivalence key of "New purpose" at one place.</summary>
        public static string NewPurposeKey(string place) => RuleIds.StoredWithoutPurpose + "." + place + "." + NewPurposeKeyPart;

        /// <summary>The equivalence key of an existing purpose at one place.</summary>
        public static string PurposeKey(string place, string purpose) => RuleIds.StoredWithoutPurpose + "." + place + "." + PurposeKeyPrefix + purpose;

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StoredWithoutPurpose, RuleIds.ProbableStoredWithoutPurpose);

        private protected override string KeyPrefix => RuleIds.StoredWithoutPurpose;

        private protected override string AttributeSimpleName => "ProcessingPurpose";

        private protected override string GroupTitle(string placeName) => $"Declare processing purpose on '{placeName}'";

        private protected override ImmutableArray<Choice> GetChoices(Compilation compilation, CancellationToken cancellationToken)
        {
            var builder = ImmutableArray.CreateBuilder<Choice>();
            foreach (string purpose in DeclaredPurposes(compilation, cancellationToken))
            {
                builder.Add(Make(purpose));
            }

            builder.Add(New());
            return builder.ToImmutable();
        }

        private protected override Choice? ChoiceFromKeyPart(string keyPart)
        {
            if (keyPart == NewPurposeKeyPart)
            {
                return New();
            }

            return keyPart.StartsWith(PurposeKeyPrefix, StringComparison.Ordinal) ? Make(keyPart.Substring(PurposeKeyPrefix.Length)) : null;
        }

        private static Choice Make(string purpose) =>
            new($"'{purpose}'", PurposeKeyPrefix + purpose, AttributeWriter.Attribute("ProcessingPurposeAttribute", Literal(purpose)));

        private static Choice New() =>
            new("New purpose (write it in place of the TODO)", NewPurposeKeyPart, AttributeWriter.Attribute("ProcessingPurposeAttribute", Literal(PlaceholderPurpose)));

        private static Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax Literal(string text) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

        /// <summary>The stated purposes declared anywhere in the compilation's source, most used first.</summary>
        private static IEnumerable<string> DeclaredPurposes(Compilation compilation, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? attributeType = compilation.GetTypeByMetadataName(AnnotationNames.ProcessingPurposeAttribute);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            if (attributeType is null)
            {
                return Array.Empty<string>();
            }

            foreach (ISymbol symbol in SourceSymbols.Of(compilation, cancellationToken))
            {
                Count(symbol, attributeType, counts);
            }

            return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key);
        }

        private static void Count(ISymbol symbol, INamedTypeSymbol attributeType, Dictionary<string, int> counts)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string purpose
                    && DeclarationModel.IsStatedPurpose(purpose))
                {
                    counts[purpose] = counts.TryGetValue(purpose, out int count) ? count + 1 : 1;
                }
            }
        }
    }
}
