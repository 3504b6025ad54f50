using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GdprAnalyzers.Tests.Meta;

namespace GdprAnalyzers.Tests.Discovery
{
    /// <summary>The rule page of GDPR005 lists every category and language with examples: each example is classified as
    /// its row says, and every category has examples in every language.</summary>
    public sealed class RulePageVocabularyTests
    {
        private static readonly string[] Languages = { "en", "fr", "de", "es", "it", "nl", "pl" };

        private static readonly Dictionary<string, ProbableCategory> Categories = new(StringComparer.Ordinal)
        {
            ["contact"] = ProbableCategory.Contact,
            ["identity"] = ProbableCategory.Identity,
            ["financial"] = ProbableCategory.Financial,
            ["online identifier"] = ProbableCategory.OnlineIdentifier,
            ["vehicle"] = ProbableCategory.Vehicle,
            ["customer number"] = ProbableCategory.CustomerNumber,
            ["special category"] = ProbableCategory.SpecialCategory,
        };

        [Fact]
        public void RulePage_CategoryTable_EveryCategoryAndLanguageHasExamples()
        {
            string page = Repository.Read(Repository.RulePage(RuleIds.ProbablePersonalData));
            string[] header = Repository.TableRows(page, "Data category").Single();

            Assert.Equal(Languages, header.Skip(1));
            foreach (string category in Categories.Keys)
            {
                string[] row = Assert.Single(Repository.TableRows(page, category));
                Assert.Equal(header.Length, row.Length);
                Assert.All(row.Skip(1), cell => Assert.NotEmpty(Examples(cell)));
            }
        }

        [Fact]
        public void RulePage_CategoryTable_EachExampleIsClassifiedAsItsRow()
        {
            string page = Repository.Read(Repository.RulePage(RuleIds.ProbablePersonalData));
            var wrong = new List<string>();
            foreach ((string label, ProbableCategory category) in Categories)
            {
                foreach (string cell in Repository.TableRows(page, label).Single().Skip(1))
                {
                    foreach (string example in Examples(cell))
                    {
                        // The footnoted examples need their context (a person, card data); give every context.
                        NameClassification result = PersonalDataNames.Classify(
                            example, ValueKind.Text, NameContext.Person | NameContext.Payment | NameContext.Address);
                        if (!result.IsPersonal || result.Category != category)
                        {
                            wrong.Add($"{example}: {result} (the page says {label})");
                        }
                    }
                }
            }

            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }

        [Fact]
        public void Vocabulary_NoTermInTwoCategories_AndEveryCategoryInEveryLanguage()
        {
            _ = PersonalDataNames.Classify("Email", ValueKind.Text, NameContext.None); // initialises the vocabulary
            Assert.Empty(PersonalDataNames.VocabularyConflicts);

            var present = PersonalDataNames.AllTerms().Select(t => (t.Category, t.Language)).ToHashSet();
            foreach (ProbableCategory category in Categories.Values)
            {
                foreach (string language in Languages)
                {
                    Assert.True(present.Contains((category, language)), $"No {category} term in '{language}'.");
                }
            }
        }

        private static IEnumerable<string> Examples(string cell) =>
            Regex.Matches(cell, "`([^`]+)`").Select(match => match.Groups[1].Value);
    }
}
