using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace GdprAnalyzers.Tests.Benchmark
{
    /// <summary>Runs the benchmark once for the tests of <see cref="BenchmarkTests"/>.</summary>
    public sealed class BenchmarkFixture
    {
        private readonly Lazy<Task<BenchmarkReport>> report = new(() => BenchmarkScorer.RunAsync(BenchmarkCorpus.Cases));

        internal Task<BenchmarkReport> ReportAsync() => report.Value;
    }

    /// <summary>
    /// The labelled benchmark of GDPR001-004, GDPR006, GDPR009, GDPR010, GDPR012-016, GDPR020, GDPR021, GDPR101-104, GDPR106 and GDPR107 (Benchmark/README.md). One test checks that the benchmark itself is sound
    /// and prints the table (also written to <c>benchmark-results.md</c> in the test output folder); the other holds
    /// the analyzers to the floors.
    /// </summary>
    public sealed class BenchmarkTests : IClassFixture<BenchmarkFixture>
    {
        private const int MinimumCases = 150;

        private readonly BenchmarkFixture fixture;
        private readonly ITestOutputHelper output;

        public BenchmarkTests(BenchmarkFixture fixture, ITestOutputHelper output)
        {
            this.fixture = fixture;
            this.output = output;
        }

        [Fact]
        public async Task Benchmark_AsWritten_IsWellFormedAndPrintsTable()
        {
            BenchmarkReport report = await fixture.ReportAsync();
            string table = report.ToMarkdown();
            output.WriteLine(table);
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "benchmark-results.md"), table);

            var problems = new List<string>();
            problems.AddRange(BenchmarkCorpus.Defects.Select(defect => defect.ToString()));
            if (report.Results.Length < MinimumCases)
            {
                problems.Add($"{report.Results.Length} cases; the benchmark needs at least {MinimumCases}.");
            }

            foreach (IGrouping<string, BenchmarkCase> category in BenchmarkCorpus.Cases.GroupBy(c => c.Category, StringComparer.Ordinal))
            {
                int leaks = category.Count(c => c.Label == BenchmarkLabel.Leak);
                int safe = category.Count(c => c.Label == BenchmarkLabel.Safe);
                if (leaks != safe || leaks == 0)
                {
                    problems.Add($"{category.Key}: {leaks} leaks and {safe} safe twins; a category needs as many of each, at least one.");
                }

                foreach (IGrouping<string, BenchmarkCase> pair in category.GroupBy(c => c.Stem, StringComparer.Ordinal))
                {
                    BenchmarkCase? leak = pair.SingleOrDefault(c => c.Label == BenchmarkLabel.Leak);
                    BenchmarkCase? twin = pair.SingleOrDefault(c => c.Label == BenchmarkLabel.Safe);
                    if (leak is null || twin is null)
                    {
                        problems.Add($"{category.Key}/{pair.Key}: a leak and its safe twin go together ({pair.Key}.Leak.cs and {pair.Key}.Safe.cs).");
                    }
                    else if (leak.RuleId != twin.RuleId)
                    {
                        problems.Add($"{category.Key}/{pair.Key}: the leak is labelled {leak.RuleId}, its twin {twin.RuleId}.");
                    }
                }
            }

            foreach (CaseResult result in report.Results)
            {
                if (!result.CompilerErrors.IsEmpty)
                {
                    problems.Add($"{result.Case.Path} does not compile: {string.Join("; ", result.CompilerErrors.Take(3))}");
                }

                if (!result.Failures.IsEmpty)
                {
                    problems.Add($"{result.Case.Path}: an analyzer threw: {string.Join("; ", result.Failures.Select(f => f.Exception.Message))}");
                }
            }

            Assert.True(problems.Count == 0, "The benchmark is not well formed:\n" + string.Join("\n", problems));
        }

        [Fact]
        public async Task Benchmark_AllAnalyzers_MeetScoreFloors()
        {
            BenchmarkReport report = await fixture.ReportAsync();
            output.WriteLine(report.ToMarkdown());

            string[] below = report.CategoriesBelowFloor
                .Select(category => $"{category.Name} {category.Value:0.00}")
                .ToArray();
            Assert.True(
                report.OverallScore >= BenchmarkReport.OverallFloor && below.Length == 0,
                $"Overall score {report.OverallScore:0.00} (floor {BenchmarkReport.OverallFloor:0.00}); categories below {BenchmarkReport.CategoryFloor:0.00}: " +
                (below.Length == 0 ? "none" : string.Join(", ", below)));
        }
    }
}
