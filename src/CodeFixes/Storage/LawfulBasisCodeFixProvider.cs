using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Simplification;

namespace GdprAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes GDPR003 (and GDPR103) with "Declare lawful basis on '...'": one nested action per basis of GDPR Art. 6(1), for each place
    /// the diagnostic offers. Equivalence keys: <c>GDPR003.&lt;place&gt;.&lt;basis&gt;</c>, e.g. <c>GDPR003.Type.Contract</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LawfulBasisCodeFixProvider)), Shared]
    public sealed class LawfulBasisCodeFixProvider : DeclarationCodeFixProvider
    {
        private static readonly (string Name, string Title)[] Bases =
        {
            ("Consent", "Consent (Art. 6(1)(a))"),
            ("Contract", "Contract (Art. 6(1)(b))"),
            ("LegalObligation", "Legal obligation (Art. 6(1)(c))"),
            ("VitalInterests", "Vital interests (Art. 6(1)(d))"),
            ("PublicTask", "Public task (Art. 6(1)(e))"),
            ("LegitimateInterests", "Legitimate interests (Art. 6(1)(f))"),
        };

        /// <summary>The equivalence key of one basis at one place (<see cref="PersonalDataStoredAnalyzer.PlaceMember"/>, ...).</summary>
        public static string EquivalenceKey(string place, string basis) => RuleIds.StoredWithoutLawfulBasis + "." + place + "." + basis;

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StoredWithoutLawfulBasis, RuleIds.ProbableStoredWithoutLawfulBasis);

        private protected override string KeyPrefix => RuleIds.StoredWithoutLawfulBasis;

        private protected override string AttributeSimpleName => "LawfulBasis";

        private protected override string GroupTitle(string placeName) => $"Declare lawful basis on '{placeName}'";

        private protected override ImmutableArray<Choice> GetChoices(Compilation compilation, CancellationToken cancellationToken)
        {
            var builder = ImmutableArray.CreateBuilder<Choice>(Bases.Length);
            foreach ((string name, string title) in Bases)
            {
                builder.Add(Make(name, title));
            }

            return builder.MoveToImmutable();
        }

        private protected override Choice? ChoiceFromKeyPart(string keyPart)
        {
            foreach ((string name, string title) in Bases)
            {
                if (name == keyPart)
                {
                    return Make(name, title);
                }
            }

            return null;
        }

        private static Choice Make(string name, string title) =>
            new(title, name, AttributeWriter.Attribute(
                "LawfulBasisAttribute",
                SyntaxFactory.ParseExpression("global::" + AttributeWriter.AnnotationsNamespace + ".LawfulBasis." + name)
                    .WithAdditionalAnnotations(Simplifier.Annotation)));
    }
}
