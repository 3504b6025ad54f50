using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using GdprAnalyzers.Reporting;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// Draws a labelling sample from a finished run (<c>--sample JSON --seed N --per-rule 20 --labels FILE</c>): up to
    /// <c>per-rule</c> findings of each sampled rule, chosen by a seeded shuffle, written as rows of a labels file
    /// (<see cref="LabelsFile"/>) to be labelled by hand.
    /// </summary>
    public static class CorpusSample
    {
        /// <summary>The rules sampled: every rule id of <see cref="RuleIds"/> (GDPR001-GDPR099 from the mode <c>off</c>,
        /// the opt-in GDPR101-GDPR199 from the mode <c>on</c>), in id order; not GDPR900-999, which report option errors, not
        /// findings. A rule added to <see cref="RuleIds"/> is sampled without a change here; each rule's draw is seeded by its
        /// own number, so adding one leaves the rows drawn for the others as they were.</summary>
        public static ImmutableArray<string> Rules { get; } = typeof(RuleIds)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(id => id.Length == 7 && id.StartsWith("GDPR", StringComparison.Ordinal) && id[4] != '9')
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>The mode a rule's findings are sampled from and replayed in: <c>on</c> for the opt-in rules GDPR101-104
        /// (which report nothing with the option off), <c>off</c> for the others (the default configuration).</summary>
        public static string ModeOf(string rule) => string.CompareOrdinal(rule, "GDPR101") >= 0 && string.CompareOrdinal(rule, "GDPR199") <= 0 ? "on" : "off";

        /// <summary>
        /// The sample: for each rule of <see cref="Rules"/>, the findings of its mode (<see cref="ModeOf"/>), one per
        /// archive, path, line and rule, sorted, then shuffled with <see cref="SplitMix64"/> seeded from
        /// <paramref name="seed"/> and the rule's number, and the first <paramref name="perRule"/> taken (all of them where
        /// there are fewer). The same run and seed always give the same rows, on any .NET version; each rule's draw is
        /// independent of the other rules' findings. Rows are in rule, archive, path and line order, unlabelled.
        /// </summary>
        public static List<LabelRow> Draw(CorpusReport report, int seed, int perRule)
        {
            var rows = new List<LabelRow>();
            List<Finding> all = report.Projects.SelectMany(project => project.Modes).SelectMany(mode => mode.Details)
                .Where(finding => finding.Path.Length > 0 && finding.Line > 0)
                .ToList();
            foreach (string rule in Rules)
            {
                string mode = ModeOf(rule);
                List<LabelRow> candidates = all
                    .Where(finding => finding.Rule == rule && finding.Mode == mode)
                    .Select(finding => new LabelRow { Archive = finding.Archive, Path = finding.Path, Line = finding.Line, Rule = finding.Rule })
                    .DistinctBy(row => row.Key)
                    .OrderBy(row => row.Archive, StringComparer.Ordinal)
                    .ThenBy(row => row.Path, StringComparer.Ordinal)
                    .ThenBy(row => row.Line)
                    .ToList();
                var random = new SplitMix64(unchecked(((ulong)(uint)seed << 32) | (uint)int.Parse(rule.AsSpan(4), provider: System.Globalization.CultureInfo.InvariantCulture)));
                int take = Math.Min(perRule, candidates.Count);
                for (int i = 0; i < take; i++)
                {
                    // A partial Fisher-Yates shuffle: position i gets a random one of the rows not yet taken.
                    int j = i + random.Below(candidates.Count - i);
                    (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
                }

                rows.AddRange(candidates.Take(take)
                    .OrderBy(row => row.Archive, StringComparer.Ordinal)
                    .ThenBy(row => row.Path, StringComparer.Ordinal)
                    .ThenBy(row => row.Line));
            }

            return rows;
        }

        /// <summary>Draws the sample of the run in <paramref name="jsonPath"/> and writes it to <paramref name="labelsPath"/>;
        /// when that file exists, keeps its rows (and their labels) and appends the drawn rows it does not have.</summary>
        public static int Run(string jsonPath, int seed, int perRule, string labelsPath, TextWriter log)
        {
            CorpusReport report = JsonSerializer.Deserialize<CorpusReport>(File.ReadAllText(jsonPath))
                ?? throw new InvalidOperationException($"'{jsonPath}' holds no report.");
            if (!report.Projects.SelectMany(project => project.Modes).Any(mode => mode.Details.Count > 0))
            {
                log.WriteLine($"'{jsonPath}' records no finding one by one (no finding at all, or a run made before findings were recorded): nothing to sample.");
                return 1;
            }

            List<LabelRow> drawn = Draw(report, seed, perRule);
            List<LabelRow> existing = File.Exists(labelsPath) ? LabelsFile.Read(labelsPath) : new List<LabelRow>();
            var known = existing.Select(row => row.Key).ToHashSet();
            List<LabelRow> added = drawn.Where(row => !known.Contains(row.Key)).ToList();
            LabelsFile.Write(labelsPath, existing.Concat(added));
            foreach (string rule in Rules)
            {
                string mode = ModeOf(rule);
                int found = report.Projects.SelectMany(project => project.Modes).Where(m => m.Mode == mode).SelectMany(m => m.Details).Count(finding => finding.Rule == rule);
                log.WriteLine($"{rule} (option {mode}): {found} findings, {drawn.Count(row => row.Rule == rule)} drawn, {added.Count(row => row.Rule == rule)} new");
            }

            log.WriteLine($"{added.Count} rows added to {Path.GetFullPath(labelsPath)} ({existing.Count} were there).");
            return 0;
        }

        /// <summary>SplitMix64 (Steele, Lea and Flood): a tiny seeded generator whose sequence is fixed by its definition,
        /// unlike <see cref="Random"/>'s, which .NET does not promise to keep across versions.</summary>
        internal sealed class SplitMix64
        {
            private ulong _state;

            public SplitMix64(ulong seed) => _state = seed;

            public ulong Next()
            {
                unchecked
                {
                    _state += 0x9E3779B97F4A7C15UL;
                    ulong z = _state;
                    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                    z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                    return z ^ (z >> 31);
                }
            }

            /// <summary>A number in [0, <paramref name="bound"/>) (the modulo's bias is negligible for sample sizes).</summary>
            public int Below(int bound) => (int)(Next() % (ulong)bound);
        }
    }
}
