using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes GDPR013 (and GDPR106) with "Declare retention period on '...'" for each place the diagnostic offers: one
    /// action, "New retention period (write it in place of the TODO)", which inserts <c>[RetentionPeriod("TODO")]</c>, a
    /// placeholder that stays reported until a person writes the period (GDPR Art. 5(1)(e): how long the data is needed is
    /// the controller's decision, so the fix invents none). Fix All in document and project scope only, so <c>dotnet
    /// format</c> never applies it. Equivalence key: <c>GDPR013.&lt;place&gt;.NewRetentionPeriod</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetentionPeriodCodeFixProvider)), Shared]
    public sealed class RetentionPeriodCodeFixProvider : DeclarationCodeFixProvider
    {
        /// <summary>The duration the action writes; GDPR013 reports it as a placeholder.</summary>
        public const string PlaceholderDuration = "TODO";

        private const string NewKeyPart = "NewRetentionPeriod";

        /// <summary>The equivalence key of "New retention period" at one place (<see cref="PersonalDataStoredAnalyzer.PlaceMember"/>, ...).</summary>
        public static string NewRetentionPeriodKey(string place) => RuleIds.StoredWithoutRetention + "." + place + "." + NewKeyPart;

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StoredWithoutRetention, RuleIds.ProbableStoredWithoutRetention);

        private protected override string KeyPrefix => RuleIds.StoredWithoutRetention;

        private protected override string AttributeSimpleName => "RetentionPeriod";

        private protected override string GroupTitle(string placeName) => $"Declare retention period on '{placeName}'";

        private protected override ImmutableArray<Choice> GetChoices(Compilation compilation, CancellationToken cancellationToken) => ImmutableArray.Create(New());

        private protected override Choice? ChoiceFromKeyPart(string keyPart) => keyPart == NewKeyPart ? New() : null;

        private static Choice New() =>
            new(
                "New retention period (write it in place of the TODO)",
                NewKeyPart,
                AttributeWriter.Attribute(
                    "RetentionPeriodAttribute",
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(PlaceholderDuration))));
    }
}
