using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GdprAnalyzers.Benchmarks;

namespace GdprAnalyzers.Tests.Performance
{
    /// <summary>
    /// The performance benchmark (tests/GdprAnalyzers.Benchmarks, README "Performance") in its reduced smoke mode, as CI
    /// runs it: it must finish and measure what it claims to, never meet a time. Tiny synthetic project, tiny shapes, in
    /// this process.
    /// </summary>
    public sealed class PerformanceBenchmarkSmokeTests
    {
        [Fact]
        public async Task SmokeBenchmark_TinySizes_FinishesWithPlantedFindingsAndTable()
        {
            string output = Path.Combine(Path.GetTempPath(), "gdpr-analyzers-tests", $"benchmark-smoke-{Guid.NewGuid():N}.md");

            BenchmarkReport report = await BenchmarkRunner.RunAsync(BenchmarkOptions.Smoke(output), TextWriter.Null);

            Assert.True(File.Exists(output), "The results table was not written.");
            Assert.Equal(report.Markdown, File.ReadAllText(output));
            Assert.Contains("## Synthetic projects", report.Markdown, StringComparison.Ordinal);
            Assert.Contains("## Pathological shapes", report.Markdown, StringComparison.Ordinal);
            Assert.Contains("## Targets", report.Markdown, StringComparison.Ordinal);
            MeasureResult project = Assert.Single(report.Projects);
            Assert.Empty(project.CompilerErrors);
            Assert.Empty(project.AnalyzerExceptions);
            Assert.True(project.FindingsAsPlanned, "GDPR findings differ from the planted ones: " + string.Join(", ", project.Findings.Select(pair => pair.Key + "=" + pair.Value)));
            Assert.True(project.GdprSeconds > 0, "No GdprAnalyzers time was measured.");
            Assert.True(project.LoggingAnalyzerSeconds > 0, "No time was measured for NetAnalyzers' logging analyzer.");
            Assert.True(project.Findings.GetValueOrDefault("CA1848") > 0, "CA1848 did not run.");
            Assert.True(project.Findings.GetValueOrDefault("MA0153") > 0, "MA0153 did not run.");
            Assert.Equal(PathologicalShapes.Names.Count, report.Shapes.Count);
            Assert.All(report.Shapes, shape =>
            {
                Assert.Null(shape.Failure);
                Assert.NotNull(shape.Result);
                Assert.Empty(shape.Result!.CompilerErrors);
                Assert.Empty(shape.Result.AnalyzerExceptions);
                Assert.True(shape.Result.Findings.GetValueOrDefault("GDPR001") > 0, $"Shape '{shape.Name}' has no GDPR001 finding.");
            });
        }

        [Fact]
        public void SyntheticProject_ThousandMethods_OneFindingPerTenMethods()
        {
            GeneratedProject project = SyntheticProject.Generate(1000);

            int planned = project.PlannedFindings.Values.Sum();
            Assert.InRange(project.Methods, 1000, 1100);
            Assert.InRange(planned, project.Methods / 12, project.Methods / 8);
            Assert.Equal(project.Files.Select(file => file.Text), SyntheticProject.Generate(1000).Files.Select(file => file.Text));
        }
    }
}
