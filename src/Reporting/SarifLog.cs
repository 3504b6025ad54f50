using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Reporting
{
    /// <summary>
    /// Writes findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), with what code-scanning
    /// services read: <c>version</c>, one run whose <c>tool.driver</c> names the tool and lists every rule with its
    /// <c>helpUri</c> and default level, and <c>results</c> with <c>ruleId</c>, <c>ruleIndex</c>, <c>level</c>,
    /// <c>message</c> and a physical location relative to <c>%SRCROOT%</c> (the folder the paths are relative to).
    /// </summary>
    public static class SarifLog
    {
        /// <summary>The SARIF version written.</summary>
        public const string Version = "2.1.0";

        /// <summary>The schema's address, as SARIF files name it (a name only: nothing is fetched).</summary>
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        /// <summary>The SARIF level of a finding's severity: <c>error</c>, <c>warning</c>, or <c>note</c> for Info.</summary>
        public static string Level(string severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>The log of <paramref name="findings"/> against <paramref name="rules"/>, paths relative to
        /// <paramref name="rootFolder"/>.</summary>
        public static string Write(IReadOnlyList<Finding> findings, ImmutableArray<DiagnosticDescriptor> rules, string toolName, string toolVersion, string informationUri, string rootFolder)
        {
            var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int index = 0; index < rules.Length; index++)
            {
                ruleIndex[rules[index].Id] = index;
            }

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", Version);
                json.WriteStartArray("runs");
                json.WriteStartObject();

                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", toolName);
                json.WriteString("version", toolVersion);
                json.WriteString("semanticVersion", toolVersion.Split('+')[0]);
                json.WriteString("informationUri", informationUri);
                json.WriteStartArray("rules");
                foreach (DiagnosticDescriptor rule in rules)
                {
                    WriteRule(json, rule);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject("%SRCROOT%");
                json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(rootFolder) + Path.DirectorySeparatorChar).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartArray("results");
                foreach (Finding finding in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", finding.Rule);
                    if (ruleIndex.TryGetValue(finding.Rule, out int index))
                    {
                        json.WriteNumber("ruleIndex", index);
                    }

                    json.WriteString("level", Level(finding.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", finding.Message);
                    json.WriteEndObject();
                    if (finding.Path.Length > 0)
                    {
                        json.WriteStartArray("locations");
                        json.WriteStartObject();
                        json.WriteStartObject("physicalLocation");
                        json.WriteStartObject("artifactLocation");
                        json.WriteString("uri", Uri.EscapeDataString(finding.Path).Replace("%2F", "/", StringComparison.Ordinal));
                        json.WriteString("uriBaseId", "%SRCROOT%");
                        json.WriteEndObject();
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", Math.Max(1, finding.Line));
                        json.WriteNumber("startColumn", Math.Max(1, finding.Column));
                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    if (finding.Project.Length > 0)
                    {
                        json.WriteStartObject("properties");
                        json.WriteString("project", finding.Project);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            string description = rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (description.Length > 0)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
            }

            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(FindingSeverity.Of(rule.DefaultSeverity)));
            json.WriteBoolean("enabled", rule.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            foreach (string tag in rule.CustomTags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }
}
