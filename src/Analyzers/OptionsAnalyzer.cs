using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR900: reports each malformed GdprAnalyzers option once per compilation, so that a typo in .editorconfig
    /// becomes a visible diagnostic rather than an exception or a silent default.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OptionsAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidOption);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var reported = new ConcurrentDictionary<string, bool>();
                start.RegisterSyntaxTreeAction(tree => Check(start.Options.AnalyzerConfigOptionsProvider.GetOptions(tree.Tree), reported, tree.ReportDiagnostic));
                start.RegisterAdditionalFileAction(file => CheckModels(file, start.Compilation));
            });
        }

        /// <summary>Each malformed line of <c>GdprAnalyzers.Models.txt</c>, at its line.</summary>
        private static void CheckModels(AdditionalFileAnalysisContext context, Compilation compilation)
        {
            if (!string.Equals(System.IO.Path.GetFileName(context.AdditionalFile.Path), UserModels.FileName, System.StringComparison.OrdinalIgnoreCase)
                || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (UserModels.Entry entry in UserModels.Parse(context.AdditionalFile.Path, text, compilation))
            {
                if (entry.Problem != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOption, entry.Location, $"{UserModels.FileName}: {entry.Problem}; the line is ignored"));
                }
            }
        }

        private static void Check(AnalyzerConfigOptions options, ConcurrentDictionary<string, bool> reported, System.Action<Diagnostic> report)
        {
            foreach (BooleanOption option in GdprOptions.All)
            {
                foreach (string rule in option.AlsoForRules)
                {
                    if (!option.TryRead(options, "gdpr." + rule + "." + option.Name, out _, out string? ruleKey, out string? ruleValue)
                        && ruleKey != option.SharedKey && reported.TryAdd(ruleKey + "=" + ruleValue, true))
                    {
                        report(Diagnostic.Create(
                            Descriptors.InvalidOption,
                            Location.None,
                            $"the value '{ruleValue}' of option '{ruleKey}' is not valid (expected 'true' or 'false'); the default '{(option.DefaultValue ? "true" : "false")}' is used"));
                    }
                }

                if (!option.TryRead(options, out _, out string? key, out string? value) && reported.TryAdd(key + "=" + value, true))
                {
                    report(Diagnostic.Create(
                        Descriptors.InvalidOption,
                        Location.None,
                        $"the value '{value}' of option '{key}' is not valid (expected 'true' or 'false'); the default '{(option.DefaultValue ? "true" : "false")}' is used"));
                }
            }
        }
    }
}
