using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Every analyzer of the analyzer assembly, every rule on (the Info rules GDPR005, GDPR007 and GDPR101 to GDPR104
    /// included), over each of the <see cref="TypeGraphShapes"/>, with <c>gdpr.probable_personal_data_in_flows</c> off
    /// and on: no analyzer may throw (AD0001). One row per shape, so that a failing shape is named. The time of each
    /// analysis is written to the test output, never asserted. An analyzer that overflows the stack ends the test host
    /// (.NET cannot catch a stack overflow) and the whole run with it; run one shape alone with
    /// <c>dotnet test --filter "FullyQualifiedName~AllAnalyzers_TypeGraphShape_ThrowNothing&amp;DisplayName~self-enumerating"</c>.
    /// </summary>
    public sealed class TypeGraphShapeTests
    {
        private const string ProbableInFlowsKey = "gdpr.probable_personal_data_in_flows";

        private readonly ITestOutputHelper output;

        public TypeGraphShapeTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        /// <summary>Every shape's name.</summary>
        public static TheoryData<string> Shapes()
        {
            var data = new TheoryData<string>();
            foreach (string name in TypeGraphShapes.Names)
            {
                data.Add(name);
            }

            return data;
        }

        /// <summary>The shapes the compiler accepts: all the hand-written ones and most generated ones.</summary>
        public static TheoryData<string> CompilingShapes()
        {
            var data = new TheoryData<string>();
            foreach (string name in TypeGraphShapes.Names.Where(name => !TypeGraphShapes.Create(name).CompilerMayReject))
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(CompilingShapes))]
        public async Task TypeGraphShape_AsWritten_CompilesWithoutErrors(string shape)
        {
            TypeGraphShape input = TypeGraphShapes.Create(shape);
            CSharpCompilation compilation = await CreateCompilationAsync(input);
            var clock = Stopwatch.StartNew();
            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            output.WriteLine(FormattableString.Invariant($"{shape}: compiled in {clock.Elapsed.TotalSeconds:F2} s ({input.Files.Length} files)"));
            Assert.True(errors.Length == 0, $"{shape}:\n{string.Join("\n", errors.Take(20).Select(e => e.ToString()))}");
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task AllAnalyzers_TypeGraphShape_ThrowNothing(string shape)
        {
            TypeGraphShape input = TypeGraphShapes.Create(shape);
            ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHarness.CreateAllAnalyzers();
            CSharpCompilation compilation = WithEveryRuleOn(await CreateCompilationAsync(input), analyzers);
            output.WriteLine($"{shape}: {input.Description}; {input.Files.Length} files, {input.Files.Sum(f => f.Code.Length):N0} characters.");
            if (input.CompilerMayReject)
            {
                Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                output.WriteLine(errors.Length == 0
                    ? "  The compiler accepts it."
                    : $"  The compiler rejects it: {string.Join("; ", errors.Select(e => e.Id).Distinct())} ({errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture)}).");
            }

            var problems = new List<string>();
            foreach (bool probableInFlows in new[] { false, true })
            {
                var options = new Dictionary<string, string> { [ProbableInFlowsKey] = probableInFlows ? "true" : "false" };
                var clock = Stopwatch.StartNew();
                HarnessResult result = await AnalyzerHarness.AnalyzeAsync(compilation, analyzers, AnalyzerHarness.OptionsWith(options));
                TimeSpan elapsed = clock.Elapsed;
                output.WriteLine(FormattableString.Invariant(
                    $"  {ProbableInFlowsKey} = {(probableInFlows ? "true" : "false")}: {elapsed.TotalSeconds:F2} s, {Describe(result.Diagnostics)}"));

                foreach (AnalyzerFailure failure in result.Failures)
                {
                    problems.Add($"{ProbableInFlowsKey} = {probableInFlows}: {failure}");
                }

                foreach (Diagnostic diagnostic in result.Diagnostics.Where(d => d.Id == "AD0001"))
                {
                    problems.Add($"{ProbableInFlowsKey} = {probableInFlows}: {diagnostic}");
                }
            }

            Assert.True(problems.Count == 0, $"{shape}: {problems.Count} analyzer exception(s):\n{string.Join("\n", problems.Take(5))}");
        }

        private static async Task<CSharpCompilation> CreateCompilationAsync(TypeGraphShape shape) =>
            await AnalyzerHarness.CreateCompilationAsync(
                "Shape_" + shape.Name.Replace('-', '_'),
                shape.Files.Select(file => CSharpSyntaxTree.ParseText(file.Code, AnalyzerHarness.ParseOptions, file.Path, Encoding.UTF8)));

        /// <summary>Each rule of <paramref name="analyzers"/> turned on explicitly at its default severity, so that a rule
        /// that one day is off by default is still run here.</summary>
        private static CSharpCompilation WithEveryRuleOn(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
            foreach (DiagnosticDescriptor descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics))
            {
                severities[descriptor.Id] = descriptor.DefaultSeverity switch
                {
                    DiagnosticSeverity.Error => ReportDiagnostic.Error,
                    DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
                    DiagnosticSeverity.Info => ReportDiagnostic.Info,
                    _ => ReportDiagnostic.Hidden,
                };
            }

            return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(severities));
        }

        private static string Describe(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.IsEmpty
                ? "no diagnostics"
                : $"{diagnostics.Length} diagnostics ({string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))})";
    }
}
