using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>What the configuration rules (GDPR020, GDPR021) share: they read how a program configures its libraries,
    /// which in a test project never runs in production, so they skip test projects (as GDPR005 and GDPR007 do).</summary>
    internal static class ConfigurationRule
    {
        /// <summary>Calls <paramref name="onStart"/> with the compilation's well-known symbols for each compilation that
        /// is not a test project.</summary>
        public static void RegisterOutsideTestProjects(AnalysisContext context, System.Action<CompilationStartAnalysisContext, KnownSymbols> onStart)
        {
            context.RegisterCompilationStartAction(start =>
            {
                if (!GdprOptions.IsTestProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
                {
                    onStart(start, SharedCompilationState.Get(start.Compilation, start.Options, start.CancellationToken).Known);
                }
            });
        }
    }
}
