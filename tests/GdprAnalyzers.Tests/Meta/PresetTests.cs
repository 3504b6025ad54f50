using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Tests.Meta
{
    /// <summary>The presets of <c>GdprAnalysisMode</c> (src/Package/buildTransitive/*.globalconfig) against the descriptors:
    /// a new rule cannot be left out of a preset, and a preset stays below every config of the user's.</summary>
    public sealed class PresetTests
    {
        private const string Folder = "src/Package/buildTransitive/";

        [Theory]
        [InlineData("Discovery")]
        [InlineData("Strict")]
        public void Preset_IsGlobalConfigAtLowestLevel(string mode)
        {
            Dictionary<string, string> keys = Keys(mode);

            Assert.Equal("true", keys["is_global"]);
            Assert.Equal("-100", keys["global_level"]);
        }

        [Fact]
        public void StrictPreset_MakesEveryWarningRuleAnErrorAndLeavesInfoRules()
        {
            IEnumerable<string> warningRules = Repository.Descriptors()
                .Where(descriptor => descriptor.DefaultSeverity == DiagnosticSeverity.Warning)
                .Select(descriptor => "dotnet_diagnostic." + descriptor.Id + ".severity = error");

            Assert.Equal(warningRules, Settings("Strict"));
        }

        [Fact]
        public void DiscoveryPreset_TurnsFlowsOnAndShowsProbablePersonalDataRulesAsWarnings()
        {
            IEnumerable<string> discoveryRules = Repository.Descriptors()
                .Where(descriptor => descriptor.Id == RuleIds.ProbablePersonalData || descriptor.Id.StartsWith("GDPR10", StringComparison.Ordinal))
                .Select(descriptor => "dotnet_diagnostic." + descriptor.Id + ".severity = warning");

            Assert.Equal(
                new[] { GdprOptions.ProbablePersonalDataInFlows.SharedKey + " = true" }.Concat(discoveryRules),
                Settings("Discovery"));
        }

        /// <summary>The preset's settings other than <c>is_global</c> and <c>global_level</c>, in file order, as
        /// <c>key = value</c>.</summary>
        private static IEnumerable<string> Settings(string mode) =>
            Keys(mode).Where(pair => pair.Key != "is_global" && pair.Key != "global_level").Select(pair => pair.Key + " = " + pair.Value);

        private static Dictionary<string, string> Keys(string mode)
        {
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in Repository.Lines(Repository.Read(Folder + "GdprAnalyzers." + mode + ".globalconfig")))
            {
                string content = line.Trim();
                if (content.Length == 0 || content.StartsWith('#'))
                {
                    continue;
                }

                int equals = content.IndexOf('=');
                Assert.True(equals > 0, $"Not a key = value line in the {mode} preset: {line}");
                keys.Add(content.Substring(0, equals).Trim(), content.Substring(equals + 1).Trim());
            }

            return keys;
        }
    }
}
