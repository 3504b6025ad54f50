using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Robustness;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GdprAnalyzers.Tests.Discovery
{
    /// <summary>One labelled declaration of <c>Discovery/names.tsv</c>.</summary>
    internal sealed record NameRow(string Set, int Line, string Name, string Type, string DeclaredAs, string Container, string Expected, string Language, string Note)
    {
        /// <summary>Whether the row is personal data.</summary>
        public bool IsPersonal => Expected != "none";

        public override string ToString() =>
            $"{Set} line {Line}: {DeclaredAs} {Type} {Container}.{Name} ({Language}, expected {Expected}{(Note.Length > 0 ? "; " + Note : "")})";

        /// <summary>The row's type, with each stand-in ("class:X") replaced by its name and declared in <paramref name="declarations"/>.</summary>
        public string TypeIn(ISet<string> declarations)
        {
            return StandIn.Replace(Type, match =>
            {
                string kind = match.Groups[1].Value;
                string name = match.Groups[2].Value;
                declarations.Add(kind == "enum" ? $"    public enum {name} {{ A, B }}" : $"    public {kind} {name} {{ }}");
                return name;
            });
        }

        private static readonly System.Text.RegularExpressions.Regex StandIn = new(@"\b(enum|class|struct|interface):(\w+)");
    }

    /// <summary>Rows compiled together as one declaring type: one row alone (the designed set), or the consecutive rows of
    /// one transcribed class (the public set, whose members see each other).</summary>
    internal sealed record NameGroup(string FileName, ImmutableArray<NameRow> Rows)
    {
        /// <summary>The group as C#: its own namespace, the declaring type with one member per line, the stand-in types;
        /// <paramref name="rowAtLine"/> gives the row declared on each line.</summary>
        public string ToSource(out Dictionary<int, NameRow> rowAtLine)
        {
            rowAtLine = new Dictionary<int, NameRow>();
            var declarations = new SortedSet<string>(StringComparer.Ordinal);
            var lines = new List<string>();
            NameRow first = Rows[0];
            string container = first.Container;
            if (first.DeclaredAs == "record")
            {
                lines.Add($"    public record {container}({first.TypeIn(declarations)} {first.Name});");
                rowAtLine[lines.Count - 1] = first;
            }
            else
            {
                lines.Add($"    public class {container}");
                lines.Add("    {");
                var parameters = new List<NameRow>();
                foreach (NameRow row in Rows)
                {
                    switch (row.DeclaredAs)
                    {
                        case "property":
                            lines.Add($"        public {row.TypeIn(declarations)} {row.Name} {{ get; set; }} = default!;");
                            rowAtLine[lines.Count - 1] = row;
                            break;
                        case "field":
                            lines.Add($"        public {row.TypeIn(declarations)} {row.Name} = default!;");
                            rowAtLine[lines.Count - 1] = row;
                            break;
                        case "parameter":
                            parameters.Add(row);
                            break;
                        default:
                            throw new InvalidDataException($"{row}: unknown declaration kind '{row.DeclaredAs}'.");
                    }
                }

                if (parameters.Count > 0)
                {
                    lines.Add("        public void Handle(");
                    for (int i = 0; i < parameters.Count; i++)
                    {
                        lines.Add($"            {parameters[i].TypeIn(declarations)} {parameters[i].Name}{(i < parameters.Count - 1 ? "," : ")")}");
                        rowAtLine[lines.Count - 1] = parameters[i];
                    }

                    lines.Add("        {");
                    lines.Add("        }");
                }

                lines.Add("    }");
            }

            var header = new List<string> { "using System;", "using System.Collections.Generic;", $"namespace {System.IO.Path.GetFileNameWithoutExtension(FileName)}", "{" };
            header.AddRange(declarations);
            var offset = new Dictionary<int, NameRow>();
            foreach (KeyValuePair<int, NameRow> pair in rowAtLine)
            {
                offset[pair.Key + header.Count] = pair.Value;
            }

            rowAtLine = offset;
            return string.Join("\n", header.Concat(lines).Append("}")) + "\n";
        }
    }

    /// <summary>The outcome of the analyzer on one row.</summary>
    internal sealed record NameOutcome(NameRow Row, string? Reported)
    {
        public bool TruePositive => Row.IsPersonal && Reported != null;

        public bool FalsePositive => !Row.IsPersonal && Reported != null;

        public bool FalseNegative => Row.IsPersonal && Reported is null;

        /// <summary>Whether the reported category is the label ("other" rows have none to agree with).</summary>
        public bool CategoryAgrees => Reported == Row.Expected || Row.Expected == "other";
    }

    /// <summary>Precision, recall and category agreement over a set of outcomes.</summary>
    internal sealed record NameScore(int Rows, int Positives, int TruePositives, int FalsePositives, int FalseNegatives, int CategoryAgreements)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

        public double CategoryAccuracy => TruePositives == 0 ? 1 : (double)CategoryAgreements / TruePositives;

        public static NameScore Of(IEnumerable<NameOutcome> outcomes)
        {
            NameOutcome[] all = outcomes.ToArray();
            return new NameScore(
                all.Length,
                all.Count(o => o.Row.IsPersonal),
                all.Count(o => o.TruePositive),
                all.Count(o => o.FalsePositive),
                all.Count(o => o.FalseNegative),
                all.Count(o => o.TruePositive && o.CategoryAgrees));
        }

        public string Describe() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Rows,4} rows, {Positives,4} personal: precision {Precision:0.000}, recall {Recall:0.000}, category {CategoryAccuracy:0.000} (FP {FalsePositives}, FN {FalseNegatives})");
    }

    /// <summary>Loads <c>Discovery/names.tsv</c> and runs GDPR005 over it.</summary>
    internal static class NameDataset
    {
        /// <summary>The declarations written for the vocabulary: every category and language, with look-alikes.</summary>
        public const string DesignedSet = "names.tsv";

        /// <summary>Whole classes transcribed from public code, every member as declared (used to tune the vocabulary).</summary>
        public const string PublicSet = "public-names.tsv";

        /// <summary>More whole classes from public code: the first blind set (measured once unseen, precision 0.905 and
        /// recall 0.846), whose errors were then studied, so it is now used for tuning too.</summary>
        public const string SecondPublicSet = "public2-names.tsv";

        /// <summary>Whole classes from public code found with the find_string index, labelled before the analyzer ran on
        /// them and never used to tune it (each class's first row names the excerpt it was read from).</summary>
        public const string BlindSet = "blind-names.tsv";

        private const string Folder = "tests/GdprAnalyzers.Tests/Discovery/";

        /// <summary>The label words of the file, by the category the analyzer reports.</summary>
        public static readonly ImmutableDictionary<string, string> LabelOfCategory = new Dictionary<string, string>
        {
            ["Contact"] = "contact",
            ["Identity"] = "identity",
            ["Financial"] = "financial",
            ["OnlineIdentifier"] = "online",
            ["CustomerNumber"] = "customer",
            ["Vehicle"] = "vehicle",
            ["SpecialCategory"] = "special",
        }.ToImmutableDictionary();

        private static readonly Lazy<Task<ImmutableArray<NameOutcome>>> LazyOutcomes = new(EvaluateAsync);

        /// <summary>The rows of all four files.</summary>
        public static ImmutableArray<NameRow> LoadAll() => Load(DesignedSet).AddRange(Load(PublicSet)).AddRange(Load(SecondPublicSet)).AddRange(Load(BlindSet));

        public static ImmutableArray<NameRow> Load(string file)
        {
            string set = file == DesignedSet ? "Designed" : file == PublicSet ? "Public" : file == SecondPublicSet ? "SecondPublic" : "Blind";
            string RelativePath = Folder + file;
            string path = Path.Combine(TestReferences.RepositoryRoot, RelativePath.Replace('/', Path.DirectorySeparatorChar));
            var rows = ImmutableArray.CreateBuilder<NameRow>();
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                string[] cells = line.Split('\t');
                if (cells.Length < 6)
                {
                    throw new InvalidDataException($"{RelativePath} line {i + 1}: expected at least 6 tab-separated cells, found {cells.Length}.");
                }

                rows.Add(new NameRow(set, i + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells.Length > 6 ? cells[6] : ""));
            }

            return rows.ToImmutable();
        }

        /// <summary>Every row of the four files compiled (one file each, one compilation) and analysed by GDPR005 alone.</summary>
        public static Task<ImmutableArray<NameOutcome>> OutcomesAsync() => LazyOutcomes.Value;

        /// <summary>The designed set one row per type; the public set one type per run of rows with the same declaring
        /// type, as transcribed.</summary>
        public static ImmutableArray<NameGroup> Groups()
        {
            var groups = ImmutableArray.CreateBuilder<NameGroup>();
            foreach (NameRow row in Load(DesignedSet))
            {
                groups.Add(new NameGroup($"{row.Set}{row.Line}.cs", ImmutableArray.Create(row)));
            }

            var run = new List<NameRow>();
            foreach (NameRow? row in Load(PublicSet).AddRange(Load(SecondPublicSet)).AddRange(Load(BlindSet)).Append<NameRow?>(null))
            {
                if (run.Count > 0 && (row is null || row.Container != run[0].Container || row.Set != run[0].Set))
                {
                    groups.Add(new NameGroup($"{run[0].Set}{run[0].Line}.cs", run.ToImmutableArray()));
                    run.Clear();
                }

                if (row != null)
                {
                    run.Add(row);
                }
            }

            return groups.ToImmutable();
        }

        private static async Task<ImmutableArray<NameOutcome>> EvaluateAsync()
        {
            ImmutableArray<NameRow> rows = LoadAll();
            var rowAt = new Dictionary<(string File, int Line), NameRow>();
            var trees = new List<SyntaxTree>();
            foreach (NameGroup group in Groups())
            {
                string source = group.ToSource(out Dictionary<int, NameRow> rowAtLine);
                trees.Add(CSharpSyntaxTree.ParseText(source, AnalyzerHarness.ParseOptions, group.FileName, Encoding.UTF8));
                foreach (KeyValuePair<int, NameRow> pair in rowAtLine)
                {
                    rowAt[(group.FileName, pair.Key)] = pair.Value;
                }
            }

            CSharpCompilation compilation = await AnalyzerHarness.CreateCompilationAsync("Names", trees);
            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new InvalidDataException($"Labelled rows that do not compile:\n{string.Join("\n", errors.Take(10))}");
            }

            HarnessResult result = await AnalyzerHarness.AnalyzeAsync(
                compilation,
                ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ProbablePersonalDataAnalyzer()),
                AnalyzerHarness.OptionsWith(new Dictionary<string, string>()));
            if (!result.Failures.IsEmpty)
            {
                throw new InvalidOperationException(string.Join("\n", result.Failures));
            }

            var reported = new Dictionary<NameRow, string>();
            foreach (Diagnostic diagnostic in result.Diagnostics.Where(d => d.Id == RuleIds.ProbablePersonalData))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                NameRow row = rowAt[(span.Path, span.StartLinePosition.Line)];
                reported[row] = LabelOfCategory[diagnostic.Properties[ProbablePersonalDataAnalyzer.CategoryProperty]!];
            }

            return rows.Select(row => new NameOutcome(row, reported.TryGetValue(row, out string? label) ? label : null)).ToImmutableArray();
        }
    }
}
