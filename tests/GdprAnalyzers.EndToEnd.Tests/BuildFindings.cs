using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>A GdprAnalyzers diagnostic that a build printed.</summary>
    /// <param name="Position"><c>file:line</c>, the file relative to the project's folder.</param>
    internal sealed record Finding(string RuleId, string Position, string Column, string Severity, string Message)
    {
        /// <summary><c>RULE@file:line</c>.</summary>
        public string Key => RuleId + "@" + Position;

        /// <summary><c>RULE severity@file:line</c>.</summary>
        public string KeyWithSeverity => RuleId + " " + Severity + "@" + Position;
    }

    /// <summary>Reads the GdprAnalyzers diagnostics out of a build's output, as a user reads them.</summary>
    internal static class BuildFindings
    {
        /// <summary>A compiler diagnostic as MSBuild prints it: <c>path(line,column): warning GDPR001: message [project]</c>.</summary>
        private static readonly Regex GdprDiagnostic = new(
            @"^\s*(?<file>[^\s].*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>GDPR\d{3}): (?<message>.*?)(?: \(https?://[^ ]+\))?(?: \[[^\]]*\])?\s*$",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);

        /// <summary>The distinct GdprAnalyzers diagnostics of a build (MSBuild repeats them in its summary), with file paths
        /// relative to <paramref name="projectFolder"/>.</summary>
        public static List<Finding> Of(ProcessResult build, string projectFolder)
        {
            var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
            foreach (Match match in GdprDiagnostic.Matches(build.AllOutput))
            {
                string file = match.Groups["file"].Value.Trim();
                string relative = Path.IsPathRooted(file) ? RelativePath(projectFolder, file) : file.Replace('\\', '/');
                var finding = new Finding(
                    match.Groups["id"].Value,
                    relative + ":" + match.Groups["line"].Value,
                    match.Groups["column"].Value,
                    match.Groups["severity"].Value,
                    match.Groups["message"].Value);
                findings[finding.Key + ":" + finding.Column] = finding;
            }

            return findings.Values.ToList();
        }

        /// <summary>Where a test's source marks a line with a comment at its end, <c>// marker</c>: <c>file:line</c>, as
        /// <see cref="Finding.Position"/> writes it. Exactly one line must carry the marker.</summary>
        public static string PositionOf(string projectFolder, string file, string marker)
        {
            string[] lines = File.ReadAllLines(Path.Combine(projectFolder, file));
            int[] marked = Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimEnd().EndsWith("// " + marker, StringComparison.Ordinal)).ToArray();
            Assert.True(marked.Length == 1, $"{file} marks {marked.Length} lines with '// {marker}'; one expected.");
            return file.Replace('\\', '/') + ":" + (marked[0] + 1);
        }

        /// <summary><paramref name="path"/> relative to <paramref name="folder"/>, with forward slashes.</summary>
        public static string RelativePath(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
    }
}
