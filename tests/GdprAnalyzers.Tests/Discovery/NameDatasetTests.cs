using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Meta;
using Xunit.Abstractions;

namespace GdprAnalyzers.Tests.Discovery
{
    /// <summary>
    /// GDPR005 measured on labelled declarations in English, French, German, Spanish, Italian, Dutch and Polish, personal
    /// data and look-alikes: <c>names.tsv</c> (written for the vocabulary, one declaration per type), <c>public-names.tsv</c>
    /// (whole classes from public code, used to tune the vocabulary), <c>public2-names.tsv</c> (the first blind set: measured
    /// once unseen, then its errors studied, so it is tuning data now) and <c>blind-names.tsv</c> (whole classes from
    /// public code, labelled before the analyzer ran on them, never used to tune it). The first two fail below precision
    /// 0.95 or recall 0.90; the other two are held to floors just under their measured numbers, so that a change which
    /// makes unseen code worse is noticed. Prints the numbers per language and per category, and every miss.
    /// </summary>
    public sealed class NameDatasetTests
    {
        private const double PrecisionFloor = 0.95;
        private const double RecallFloor = 0.90;
        private const double CategoryFloor = 0.95;

        /// <summary>The second tuning set's floors: measured 0.905 and 0.846 when it was the blind set and first run, 0.965
        /// and 0.846 after the organisation, place and configuration rules; a regression guard, not a target.</summary>
        private const double SecondPublicPrecisionFloor = 0.95;
        private const double SecondPublicRecallFloor = 0.82;

        /// <summary>The blind set's floors: measured 0.854 and 0.854 when it was first run; a regression guard, not a
        /// target.</summary>
        private const double BlindPrecisionFloor = 0.83;
        private const double BlindRecallFloor = 0.83;

        private static readonly string[] Languages = { "en", "fr", "de", "es", "it", "nl", "pl" };
        private static readonly string[] Labels = { "contact", "identity", "financial", "online", "customer", "vehicle", "special" };

        private readonly ITestOutputHelper output;

        public NameDatasetTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public void Dataset_Shape_CoversEveryLanguageAndCategoryWithLookAlikes()
        {
            ImmutableArray<NameRow> rows = NameDataset.Load(NameDataset.DesignedSet);

            Assert.True(rows.Length >= 300, $"names.tsv has {rows.Length} rows; at least 300 are needed.");
            Assert.All(rows, row => Assert.Contains(row.Language, Languages));
            Assert.All(rows, row => Assert.True(row.Expected == "none" || Labels.Contains(row.Expected), $"{row}: unknown label."));
            foreach (string language in Languages)
            {
                Assert.True(rows.Count(r => r.Language == language && !r.IsPersonal) >= 5, $"{language}: fewer than 5 look-alikes.");
                foreach (string label in Labels)
                {
                    Assert.True(rows.Any(r => r.Language == language && r.Expected == label), $"{language}: no '{label}' row.");
                }
            }

            Assert.Equal(rows.Length, rows.Select(r => (r.Name, r.Type, r.DeclaredAs, r.Container)).Distinct().Count());
            ImmutableArray<NameRow> published = NameDataset.Load(NameDataset.PublicSet).AddRange(NameDataset.Load(NameDataset.SecondPublicSet)).AddRange(NameDataset.Load(NameDataset.BlindSet));
            Assert.All(published, row => Assert.Contains(row.Language, Languages));
            Assert.All(published, row => Assert.True(row.Expected == "none" || row.Expected == "other" || Labels.Contains(row.Expected), $"{row}: unknown label."));
        }

        [Theory]
        [InlineData("Designed")]
        [InlineData("Public")]
        [InlineData("SecondPublic")]
        [InlineData("Blind")]
        public async Task Dataset_PrecisionAndRecall_AboveFloors(string set)
        {
            ImmutableArray<NameOutcome> outcomes = (await NameDataset.OutcomesAsync()).Where(o => o.Row.Set == set).ToImmutableArray();
            NameScore total = NameScore.Of(outcomes);

            output.WriteLine("all      " + total.Describe());
            foreach (string language in Languages)
            {
                output.WriteLine($"{language,-8} " + NameScore.Of(outcomes.Where(o => o.Row.Language == language)).Describe());
            }

            foreach (string label in Labels)
            {
                NameOutcome[] inCategory = outcomes.Where(o => o.Row.Expected == label || o.Reported == label).ToArray();
                output.WriteLine($"{label,-8} {outcomes.Count(o => o.Row.Expected == label),4} rows: recall {NameScore.Of(outcomes.Where(o => o.Row.Expected == label)).Recall.ToString("0.000", CultureInfo.InvariantCulture)}, reported {outcomes.Count(o => o.Reported == label)}");
            }

            foreach (NameOutcome miss in outcomes.Where(o => o.FalsePositive || o.FalseNegative || (o.TruePositive && !o.CategoryAgrees)))
            {
                output.WriteLine((miss.FalsePositive ? "FP  " : miss.FalseNegative ? "FN  " : "CAT ") + miss.Row + (miss.Reported is null ? "" : " -> " + miss.Reported));
            }

            double precisionFloor = set switch { "Blind" => BlindPrecisionFloor, "SecondPublic" => SecondPublicPrecisionFloor, _ => PrecisionFloor };
            double recallFloor = set switch { "Blind" => BlindRecallFloor, "SecondPublic" => SecondPublicRecallFloor, _ => RecallFloor };
            Assert.True(total.Precision >= precisionFloor, $"Precision {total.Precision:0.000} is below {precisionFloor}: {total.Describe()}");
            Assert.True(total.Recall >= recallFloor, $"Recall {total.Recall:0.000} is below {recallFloor}: {total.Describe()}");
            Assert.True(total.CategoryAccuracy >= CategoryFloor, $"Category agreement {total.CategoryAccuracy:0.000} is below {CategoryFloor}: {total.Describe()}");
        }

        [Fact]
        public async Task Readme_DiscoverySection_StatesTheMeasuredNumbers()
        {
            ImmutableArray<NameOutcome> outcomes = await NameDataset.OutcomesAsync();
            string readme = Repository.Read("README.md");
            foreach (string set in new[] { "Designed", "Public", "SecondPublic", "Blind" })
            {
                NameScore part = NameScore.Of(outcomes.Where(o => o.Row.Set == set));
                string line = string.Create(CultureInfo.InvariantCulture, $"precision {part.Precision:0.00}, recall {part.Recall:0.00} on {part.Rows} declarations");
                Assert.True(readme.Contains(line, StringComparison.Ordinal), $"README.md should say \"{line}\" for the {set.ToLowerInvariant()} set.");
            }
        }
    }
}
