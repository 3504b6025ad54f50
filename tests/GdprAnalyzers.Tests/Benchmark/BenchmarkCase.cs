using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GdprAnalyzers.Tests.Benchmark
{
    /// <summary>Whether a case holds a leak the rule must report, or its safe twin the rule must leave alone.</summary>
    internal enum BenchmarkLabel
    {
        Leak,
        Safe,
    }

    /// <summary>
    /// One labelled case of the benchmark: a small C# file under <c>Benchmark/Cases/&lt;Category&gt;/&lt;Stem&gt;.Leak.cs</c>
    /// or <c>&lt;Stem&gt;.Safe.cs</c> whose first line is <c>// benchmark: leak GDPR001</c> (or <c>safe</c>). A leak marks the
    /// lines its finding belongs on with <c>// expected</c>.
    /// </summary>
    internal sealed record BenchmarkCase(
        string Category,
        string Stem,
        BenchmarkLabel Label,
        string RuleId,
        string Path,
        string Source,
        ImmutableArray<int> ExpectedLines,
        ImmutableSortedDictionary<string, string> Options)
    {
        /// <summary>The file name without folder, e.g. <c>PropertyArgument.Leak.cs</c>.</summary>
        public string FileName => System.IO.Path.GetFileName(Path);

        /// <summary>The text of a line of the case (0-based), trimmed.</summary>
        public string LineText(int line)
        {
            string[] lines = Source.Replace("\r\n", "\n").Split('\n');
            return line >= 0 && line < lines.Length ? lines[line].Trim() : string.Empty;
        }

        public override string ToString() => Path;
    }

    /// <summary>A case file that does not follow the format: a defect of the benchmark, not of the analyzers.</summary>
    internal sealed record BenchmarkDefect(string Path, string Problem)
    {
        public override string ToString() => Path + ": " + Problem;
    }

    /// <summary>
    /// The cases of the benchmark, read from the embedded resources of the test assembly, and the shared model
    /// (<c>Benchmark/Cases/Model.cs</c>: the customers, addresses and orders most cases use) compiled with each.
    /// </summary>
    internal static class BenchmarkCorpus
    {
        /// <summary>The marker of a line a leak's finding belongs on.</summary>
        public const string ExpectedMarker = "// expected";

        /// <summary>The path of the shared model, relative to the cases folder.</summary>
        public const string ModelPath = "Model.cs";

        private const string ResourcePrefix = "Benchmark/Cases/";

        private static readonly Regex Header = new(@"^//\s*benchmark:\s*(?<label>leak|safe)\s+(?<rule>GDPR\d{3})\s*$", RegexOptions.CultureInvariant);

        private static readonly Regex OptionComment = new(@"^//\s*option:\s*(?<key>[\w.]+)\s*=\s*(?<value>\S+)\s*$", RegexOptions.CultureInvariant);

        private static readonly Regex MisspelledOption = new(@"^//\s*options?\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex ExpectedComment = new(@"//\s*expected\b", RegexOptions.CultureInvariant);

        private static readonly Lazy<(ImmutableArray<BenchmarkCase> Cases, ImmutableArray<BenchmarkDefect> Defects, string Model)> Loaded = new(Load);

        /// <summary>Every well-formed case, ordered by category then file.</summary>
        public static ImmutableArray<BenchmarkCase> Cases => Loaded.Value.Cases;

        /// <summary>Case files that could not be read as cases.</summary>
        public static ImmutableArray<BenchmarkDefect> Defects => Loaded.Value.Defects;

        /// <summary>The source of the shared model.</summary>
        public static string Model => Loaded.Value.Model;

        private static (ImmutableArray<BenchmarkCase>, ImmutableArray<BenchmarkDefect>, string) Load()
        {
            Assembly assembly = typeof(BenchmarkCorpus).Assembly;
            var cases = new List<BenchmarkCase>();
            var defects = new List<BenchmarkDefect>();
            string? model = null;
            foreach (string resource in assembly.GetManifestResourceNames())
            {
                string name = resource.Replace('\\', '/');
                if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                string path = name.Substring(ResourcePrefix.Length);
                string source = Read(assembly, resource);
                if (path == ModelPath)
                {
                    model = source;
                    continue;
                }

                if (Parse(path, source, out BenchmarkCase? parsed, out string? problem))
                {
                    cases.Add(parsed!);
                }
                else
                {
                    defects.Add(new BenchmarkDefect(path, problem!));
                }
            }

            if (model is null)
            {
                throw new InvalidOperationException($"The shared model '{ResourcePrefix}{ModelPath}' is not embedded in the test assembly.");
            }

            return (
                cases.OrderBy(c => c.Category, StringComparer.Ordinal).ThenBy(c => c.Path, StringComparer.Ordinal).ToImmutableArray(),
                defects.ToImmutableArray(),
                model);
        }

        private static bool Parse(string path, string source, out BenchmarkCase? parsed, out string? problem)
        {
            parsed = null;
            string[] segments = path.Split('/');
            if (segments.Length != 2)
            {
                problem = "a case must sit directly in a category folder: Cases/<Category>/<Stem>.Leak.cs or .Safe.cs";
                return false;
            }

            string fileName = segments[1];
            BenchmarkLabel fileLabel;
            string stem;
            if (fileName.EndsWith(".Leak.cs", StringComparison.Ordinal))
            {
                fileLabel = BenchmarkLabel.Leak;
                stem = fileName.Substring(0, fileName.Length - ".Leak.cs".Length);
            }
            else if (fileName.EndsWith(".Safe.cs", StringComparison.Ordinal))
            {
                fileLabel = BenchmarkLabel.Safe;
                stem = fileName.Substring(0, fileName.Length - ".Safe.cs".Length);
            }
            else
            {
                problem = "the file name must end with .Leak.cs or .Safe.cs";
                return false;
            }

            string[] lines = source.Replace("\r\n", "\n").Split('\n');
            Match header = Header.Match(lines[0].Trim());
            if (!header.Success)
            {
                problem = "the first line must be '// benchmark: leak GDPRnnn' or '// benchmark: safe GDPRnnn'";
                return false;
            }

            BenchmarkLabel label = header.Groups["label"].Value == "leak" ? BenchmarkLabel.Leak : BenchmarkLabel.Safe;
            if (label != fileLabel)
            {
                problem = $"the header says {label.ToString().ToLowerInvariant()} but the file name says {fileLabel.ToString().ToLowerInvariant()}";
                return false;
            }

            ImmutableArray<int> expected = Enumerable.Range(0, lines.Length).Where(i => ExpectedComment.IsMatch(lines[i])).ToImmutableArray();
            if (label == BenchmarkLabel.Leak && expected.IsEmpty)
            {
                problem = $"a leak must mark the line of its finding with '{ExpectedMarker}'";
                return false;
            }

            if (label == BenchmarkLabel.Safe && !expected.IsEmpty)
            {
                problem = $"a safe twin must not mark lines with '{ExpectedMarker}'";
                return false;
            }

            // The options the case is analysed with: '// option: key = value' lines in the comments that open the file.
            var options = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (int i = 1; i < lines.Length && lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal); i++)
            {
                Match option = OptionComment.Match(lines[i].Trim());
                if (option.Success)
                {
                    options[option.Groups["key"].Value] = option.Groups["value"].Value;
                }
                else if (MisspelledOption.IsMatch(lines[i].Trim()))
                {
                    problem = $"line {i + 1}: an option is written '// option: key = value'";
                    return false;
                }
            }

            parsed = new BenchmarkCase(segments[0], stem, label, header.Groups["rule"].Value, path, source, expected, options.ToImmutable());
            problem = null;
            return true;
        }

        private static string Read(Assembly assembly, string resource)
        {
            using Stream stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Resource '{resource}' cannot be opened.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
