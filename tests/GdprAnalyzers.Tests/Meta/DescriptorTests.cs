using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Tests.Meta
{
    /// <summary>Every descriptor of the analyzer assembly against its rule page, its release tracking row, its help link
    /// and the README's rule table.</summary>
    public sealed class DescriptorTests
    {
        private static readonly string[] PageSections =
        {
            "## Cause", "## Why it matters", "## How to fix", "## Examples", "### Non-compliant", "### Compliant",
            "## Configuration", "## When to suppress", "## Related rules",
        };

        [Fact]
        public void AnalyzerAssembly_HasAnalyzersAndDescriptors()
        {
            Assert.NotEmpty(AnalyzerHarness.AnalyzerTypes());
            Assert.All(AnalyzerHarness.CreateAllAnalyzers(), analyzer => Assert.NotEmpty(analyzer.SupportedDiagnostics));
        }

        [Fact]
        public void Descriptors_Ids_AreUniqueAcrossAnalyzers()
        {
            var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (DiagnosticAnalyzer analyzer in AnalyzerHarness.CreateAllAnalyzers())
            {
                foreach (string id in analyzer.SupportedDiagnostics.Select(descriptor => descriptor.Id).Distinct())
                {
                    if (!owners.TryGetValue(id, out List<string>? list))
                    {
                        owners[id] = list = new List<string>();
                    }

                    list.Add(analyzer.GetType().Name);
                }
            }

            Assert.All(owners, pair => Assert.True(pair.Value.Count == 1, $"{pair.Key} is reported by {string.Join(", ", pair.Value)}."));
            Assert.All(
                AnalyzerHarness.CreateAllAnalyzers(),
                analyzer => Assert.Equal(analyzer.SupportedDiagnostics.Length, analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Count()));
        }

        [Fact]
        public void Descriptors_Ids_MatchRuleIdsClass()
        {
            string[] constants = typeof(RuleIds).GetFields()
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => (string)field.GetRawConstantValue()!)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(constants, Repository.Descriptors().Select(descriptor => descriptor.Id));
            Assert.All(constants, id => Assert.Matches("^GDPR[0-9]{3}$", id));
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void Descriptor_Texts_FollowStyle(string id)
        {
            DiagnosticDescriptor descriptor = Repository.Descriptor(id);
            string title = descriptor.Title.ToString();
            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.False(title.EndsWith('.'), $"{id}: a title has no final period.");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), $"{id}: the description names the principle.");
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Contains("GDPR", descriptor.CustomTags);
            Assert.StartsWith("GDPR.", descriptor.Category, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void PackageReadme_NamesEveryRule(string id)
        {
            // The package page on NuGet shows src/Package/README.md, not the repository's README.
            string readme = Repository.Read("src/Package/README.md");
            bool named = readme.Contains(id, System.StringComparison.Ordinal)
                || (id.StartsWith("GDPR10", System.StringComparison.Ordinal) && readme.Contains("GDPR101 to GDPR104", System.StringComparison.Ordinal));
            Assert.True(named, $"src/Package/README.md does not name {id}");
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void RulePage_FirstHeading_IsIdAndTitle(string id)
        {
            DiagnosticDescriptor descriptor = Repository.Descriptor(id);
            string firstHeading = Repository.Lines(Repository.Read(Repository.RulePage(id))).First(line => line.StartsWith('#'));

            Assert.Equal($"# {id}: {descriptor.Title}", firstHeading.TrimEnd());
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void RulePage_Sections_FollowTemplate(string id)
        {
            string[] headings = Repository.Lines(Repository.Read(Repository.RulePage(id)))
                .Where(line => line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
                .Select(line => line.TrimEnd())
                .ToArray();

            int previous = -1;
            foreach (string section in PageSections)
            {
                int index = Array.IndexOf(headings, section);
                Assert.True(index > previous, $"{Repository.RulePage(id)}: '{section}' is missing or out of order (STYLE.md).");
                previous = index;
            }
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void RulePage_PropertyTable_MatchesDescriptorAndCodeFixes(string id)
        {
            DiagnosticDescriptor descriptor = Repository.Descriptor(id);
            string page = Repository.Read(Repository.RulePage(id));

            Assert.Equal(descriptor.Category, Property(page, "Category"));
            Assert.Equal(descriptor.DefaultSeverity.ToString(), Property(page, "Default severity"));
            Assert.NotEmpty(Property(page, "Options"));
            Assert.NotEmpty(Property(page, "GDPR articles"));

            bool fixable = Repository.CodeFixProviderTypes()
                .Select(type => (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(type)!)
                .Any(provider => provider.FixableDiagnosticIds.Contains(id));
            string codeFix = Property(page, "Code fix");
            Assert.True(
                codeFix.StartsWith("Yes", StringComparison.Ordinal) == fixable,
                $"{Repository.RulePage(id)} says 'Code fix: {codeFix}', but a code fix provider {(fixable ? "exists" : "does not exist")}.");
        }

        /// <summary>
        /// The property row "Classes" names, for the rule, every analyzer that reports it and every code fix provider that
        /// fixes it (or "fix none"), and the test classes that pin it, each with the folder its file is in: one id leads to
        /// its analyzer, fix and tests (docs/architecture.md). Format: <c>analyzer `A` in `folder`; fix `F` in `folder`;
        /// tests `T`, `U` in `folder`</c>.
        /// </summary>
        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void RulePage_ClassesRow_NamesAnalyzerFixAndTestsWhereTheyAre(string id)
        {
            string page = Repository.RulePage(id);
            string row = Property(Repository.Read(page), "Classes");
            var parts = row.Split(new[] { "; " }, StringSplitOptions.None);
            Assert.True(parts.Length == 3, $"{page}: the Classes row must have three parts (analyzer; fix; tests): '{row}'.");

            string[] analyzers = Names(page, parts[0], "analyzer");
            string[] expectedAnalyzers = AnalyzerHarness.CreateAllAnalyzers()
                .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == id))
                .Select(analyzer => analyzer.GetType().Name)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expectedAnalyzers, analyzers.OrderBy(name => name, StringComparer.Ordinal).ToArray());

            string[] fixes = parts[1] == "fix none" ? Array.Empty<string>() : Names(page, parts[1], "fix");
            string[] expectedFixes = Repository.CodeFixProviderTypes()
                .Where(type => ((Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds.Contains(id))
                .Select(type => type.Name)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expectedFixes, fixes.OrderBy(name => name, StringComparer.Ordinal).ToArray());

            string[] tests = Names(page, parts[2], "tests");
            Assert.NotEmpty(tests);
            foreach (string test in tests)
            {
                Assert.True(
                    typeof(DescriptorTests).Assembly.GetTypes().Any(type => type.Name == test && type.GetMethods().Any(method => method.GetCustomAttributes(typeof(FactAttribute), true).Length > 0)),
                    $"{page}: the test class '{test}' does not exist or has no tests.");
            }
        }

        /// <summary>The backticked names of one part of the Classes row (<c>kind `A`, `B` in `folder`</c>), after checking
        /// that each is a file <c>folder/Name.cs</c> of the repository.</summary>
        private static string[] Names(string page, string part, string kind)
        {
            Assert.True(part.StartsWith(kind + " ", StringComparison.Ordinal), $"{page}: the Classes row's part '{part}' must start with '{kind} '.");
            int at = part.LastIndexOf(" in `", StringComparison.Ordinal);
            Assert.True(at > 0 && part.EndsWith("`", StringComparison.Ordinal), $"{page}: the Classes row's part '{part}' must end with ' in `folder`'.");
            string folder = part.Substring(at + 5, part.Length - at - 6);
            string[] names = part.Substring(kind.Length + 1, at - kind.Length - 1)
                .Split(new[] { ", " }, StringSplitOptions.None)
                .Select(name => name.Trim('`'))
                .ToArray();
            foreach (string name in names)
            {
                string file = folder + "/" + name + ".cs";
                Assert.True(File.Exists(Repository.PathOf(file)), $"{page}: '{file}' does not exist.");
            }

            return names;
        }

        [Fact]
        public void RulePages_EachBelongsToADescriptor()
        {
            HashSet<string> ids = Repository.Descriptors().Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
            string[] pages = Directory.GetFiles(Repository.PathOf("docs/rules"), "*.md").Select(Path.GetFileNameWithoutExtension).ToArray()!;

            Assert.All(pages, page => Assert.True(ids.Contains(page), $"docs/rules/{page}.md has no descriptor."));
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void HelpLink_IsBasePlusId_AndResolvesToPage(string id)
        {
            DiagnosticDescriptor descriptor = Repository.Descriptor(id);

            Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);

            // The link points into the repository's default branch: the part after "/blob/<branch>/" is a file here.
            const string blob = "/blob/";
            int at = descriptor.HelpLinkUri.IndexOf(blob, StringComparison.Ordinal);
            Assert.True(at > 0, $"{descriptor.HelpLinkUri} is not a link to a file of the repository.");
            string afterBranch = descriptor.HelpLinkUri.Substring(at + blob.Length);
            string relative = afterBranch.Substring(afterBranch.IndexOf('/') + 1);
            Assert.Equal(Repository.RulePage(id), relative);
            Assert.True(File.Exists(Repository.PathOf(relative)), $"{relative} does not exist.");
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void ReleaseTracking_Row_MatchesCategoryAndSeverity(string id)
        {
            DiagnosticDescriptor descriptor = Repository.Descriptor(id);
            string[]? row = null;
            foreach (string file in new[] { "src/Analyzers/AnalyzerReleases.Shipped.md", "src/Analyzers/AnalyzerReleases.Unshipped.md" })
            {
                string section = string.Empty;
                foreach (string line in Repository.Lines(Repository.Read(file)))
                {
                    if (line.StartsWith("### ", StringComparison.Ordinal))
                    {
                        section = line.Substring(4).Trim();
                        continue;
                    }

                    string[] cells = Repository.Cells(line);
                    if (!line.TrimStart().StartsWith(';') && cells.Length >= 3 && cells[0] == id)
                    {
                        // The latest entry wins: Unshipped after Shipped, later releases after earlier ones.
                        row = section == "Removed Rules" ? null : cells;
                    }
                }
            }

            Assert.True(row is not null, $"{id} has no row in AnalyzerReleases.Shipped.md or AnalyzerReleases.Unshipped.md.");
            Assert.Equal(descriptor.Category, row![1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        }

        [Theory]
        [MemberData(nameof(Repository.Ids), MemberType = typeof(Repository))]
        public void Readme_RuleTable_HasRowWithTitleSeverityCategoryAndLink(string id)
        {
            DiagnosticDescriptor descriptor = Repository.Descriptor(id);
            string readme = Repository.Read("README.md");
            ImmutableArray<string[]> table = Repository.Table(readme, "Rule", "Title");
            Assert.False(table.IsEmpty, "README.md has no rule table (a header row starting with Rule, with a Title column).");
            string[] header = table[0];
            ImmutableArray<string[]> rows = table.Where(cells => Repository.Unwrap(cells[0]) == id).ToImmutableArray();

            string[] row = Assert.Single(rows);
            Assert.Equal(header.Length, row.Length);
            Assert.Equal(descriptor.Title.ToString(), Repository.Unwrap(row[Array.IndexOf(header, "Title")]));
            Assert.Equal(descriptor.DefaultSeverity.ToString(), Repository.Unwrap(row[Array.IndexOf(header, "Severity")]));
            Assert.Equal(descriptor.Category, Repository.Unwrap(row[Array.IndexOf(header, "Category")]));
            Assert.Equal(Repository.RulePage(id), Repository.LinkTarget(row[Array.IndexOf(header, "Docs")]));
        }

        [Fact]
        public void Readme_RuleTable_HasNoRowWithoutDescriptor()
        {
            string readme = Repository.Read("README.md");
            HashSet<string> ids = Repository.Descriptors().Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
            string[] tableIds = Repository.Lines(readme)
                .Where(line => line.TrimStart().StartsWith('|'))
                .Select(line => Repository.Unwrap(Repository.Cells(line)[0]))
                .Where(cell => System.Text.RegularExpressions.Regex.IsMatch(cell, "^GDPR[0-9]{3}$"))
                .ToArray();

            Assert.All(tableIds, tableId => Assert.True(ids.Contains(tableId), $"README lists {tableId}, which no analyzer reports."));
        }

        private static string Property(string page, string name)
        {
            string[] row = Assert.Single(Repository.TableRows(page, name));
            Assert.True(row.Length >= 2, $"The property row '{name}' has no value.");
            return row[1];
        }
    }
}
