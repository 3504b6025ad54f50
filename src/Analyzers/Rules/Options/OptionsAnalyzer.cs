using System.Collections.Concurrent;
using System.Linq;
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
                // Every key that is present is checked, the shared one too: one rule may override it while another reads it.
                foreach (string key in option.Keys)
                {
                    if (options.TryGetValue(key, out string? value) && !BooleanOption.TryParse(value, out _) && reported.TryAdd(key + "=" + value, true))
                    {
                        report(Diagnostic.Create(
                            Descriptors.InvalidOption,
                            Location.None,
                            $"the value '{value}' of option '{key}' is not valid (expected 'true' or 'false'); the default '{(option.DefaultValue ? "true" : "false")}' is used"));
                    }
                }
            }

            foreach (string key in KeysIn(options))
            {
                if (key.StartsWith(Prefix, System.StringComparison.OrdinalIgnoreCase) && !KnownKeys.Contains(key) && reported.TryAdd(key, true))
                {
                    report(Diagnostic.Create(
                        Descriptors.InvalidOption,
                        Location.None,
                        $"the option '{key}' is unknown and is ignored; did you mean '{Closest(key)}'?"));
                }
            }
        }

        private const string Prefix = "gdpr.";

        private static readonly ImmutableHashSet<string> KnownKeys = GdprOptions.All.SelectMany(option => option.Keys).ToImmutableHashSet(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>The keys set for a file; none where the host cannot list them (<see cref="AnalyzerConfigOptions.Keys"/>
        /// is not implemented by every host).</summary>
        private static System.Collections.Generic.IEnumerable<string> KeysIn(AnalyzerConfigOptions options)
        {
            try
            {
                return options.Keys.ToList();
            }
            catch (System.NotImplementedException)
            {
                return System.Array.Empty<string>();
            }
        }

        /// <summary>The known key nearest to <paramref name="key"/> by edit distance.</summary>
        private static string Closest(string key)
        {
            string best = string.Empty;
            int bestDistance = int.MaxValue;
            foreach (string known in KnownKeys.OrderBy(k => k, System.StringComparer.Ordinal))
            {
                int distance = EditDistance(key.ToLowerInvariant(), known.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    best = known;
                    bestDistance = distance;
                }
            }

            return best;
        }

        private static int EditDistance(string a, string b)
        {
            int[] previous = new int[b.Length + 1];
            int[] current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = System.Math.Min(substitution, System.Math.Min(previous[j] + 1, current[j - 1] + 1));
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
