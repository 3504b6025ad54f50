using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Tests.Performance
{
    /// <summary>The analyzers of one compilation share one <see cref="SharedCompilationState"/> (one model, flow and set of
    /// summaries) instead of each building its own: the design the speed of the whole set rests on.</summary>
    public sealed class SharedStateTests
    {
        [Fact]
        public async Task AnalyzersOfOneCompilation_GetTheSameState_AnotherCompilationItsOwn()
        {
            var seen = new ConcurrentBag<(Compilation Compilation, SharedCompilationState State)>();
            CSharpCompilation first = await AnalyzerHarness.CreateCompilationAsync("First", new[] { CSharpSyntaxTree.ParseText("public sealed class A { }") });
            CSharpCompilation second = first.WithAssemblyName("Second");
            ImmutableArray<DiagnosticAnalyzer> analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Probe(seen), new Probe(seen), new Probe(seen));

            await first.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
            await second.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

            Assert.Equal(6, seen.Count);
            foreach ((Compilation compilation, SharedCompilationState state) in seen)
            {
                foreach ((Compilation other, SharedCompilationState otherState) in seen)
                {
                    Assert.Equal(ReferenceEquals(compilation, other), ReferenceEquals(state, otherState));
                }
            }
        }

        /// <summary>Asks for the shared state at compilation start, as each GdprAnalyzers analyzer does.</summary>
#pragma warning disable RS1036, RS1001, RS1012, RS2008 // A test probe, not a shipped analyzer: it only looks.
        private sealed class Probe(ConcurrentBag<(Compilation, SharedCompilationState)> seen) : DiagnosticAnalyzer
        {
            // The driver skips an analyzer without a rule in force; this one is never reported.
            private static readonly DiagnosticDescriptor Never = new("PROBE01", "Probe", "Probe", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(start =>
                    seen.Add((start.Compilation, SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken))));
            }
        }
#pragma warning restore RS1036, RS1001, RS1012, RS2008
    }
}
