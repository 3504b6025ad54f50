using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using GdprAnalyzers.Tests.Robustness;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Tests.Meta
{
    /// <summary>The repository's files that the meta tests hold against the descriptors: README, rule pages, release
    /// tracking, CI script. Paths are relative to <see cref="TestReferences.RepositoryRoot"/>.</summary>
    internal static class Repository
    {
        /// <summary>The README's test command, which <c>.ci/run</c> runs.</summary>
        public const string TestCommand = "dotnet test GdprAnalyzers.sln";

        /// <summary>The README's performance benchmark (tests/GdprAnalyzers.Benchmarks).</summary>
        public const string BenchmarkCommand = "dotnet run -c Release --project tests/GdprAnalyzers.Benchmarks";

        /// <summary>The README's corpus run (tests/GdprAnalyzers.Corpus).</summary>
        public const string CorpusCommand = "dotnet run -c Release --project tests/GdprAnalyzers.Corpus";

        /// <summary>The README's main job: build the sample and show the findings.</summary>
        public const string MainCommand = "dotnet build samples/SupportChatbot --no-incremental";

        /// <summary>The full path of a repository file.</summary>
        public static string PathOf(string relativePath) =>
            Path.Combine(TestReferences.RepositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

        /// <summary>The text of a repository file; fails the test when it is missing.</summary>
        public static string Read(string relativePath)
        {
            string path = PathOf(relativePath);
            Assert.True(File.Exists(path), $"'{relativePath}' is missing from the repository.");
            return File.ReadAllText(path);
        }

        /// <summary>The rule page of <paramref name="id"/>, relative to the root.</summary>
        public static string RulePage(string id) => "docs/rules/" + id + ".md";

        /// <summary>Every descriptor of every analyzer in the analyzer assembly, one per id.</summary>
        public static ImmutableArray<DiagnosticDescriptor> Descriptors() =>
            AnalyzerHarness.CreateAllAnalyzers()
                .SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The descriptor ids, as theory data.</summary>
        public static TheoryData<string> Ids()
        {
            var data = new TheoryData<string>();
            foreach (DiagnosticDescriptor descriptor in Descriptors())
            {
                data.Add(descriptor.Id);
            }

            return data;
        }

        /// <summary>The descriptor with <paramref name="id"/>.</summary>
        public static DiagnosticDescriptor Descriptor(string id) => Descriptors().Single(descriptor => descriptor.Id == id);

        /// <summary>The concrete code fix providers of the code fix assembly.</summary>
        public static ImmutableArray<Type> CodeFixProviderTypes() =>
            typeof(GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The rows (header included, separator left out) of the markdown table whose header row starts with
        /// <paramref name="firstHeader"/> and has a column <paramref name="column"/>, e.g. the README's rule table (other
        /// tables may also list rules, such as the precision table of the real-code sample); empty when there is none.</summary>
        public static ImmutableArray<string[]> Table(string markdown, string firstHeader, string column)
        {
            var rows = ImmutableArray.CreateBuilder<string[]>();
            bool inside = false;
            foreach (string line in Lines(markdown))
            {
                bool tableLine = line.TrimStart().StartsWith('|');
                if (!inside)
                {
                    string[] cells = tableLine ? Cells(line) : Array.Empty<string>();
                    if (cells.Length > 0 && Unwrap(cells[0]) == firstHeader && cells.Any(cell => Unwrap(cell) == column))
                    {
                        inside = true;
                        rows.Add(cells);
                    }

                    continue;
                }

                if (!tableLine)
                {
                    break;
                }

                string[] row = Cells(line);
                if (!row.All(cell => cell.Trim().Trim(':').All(c => c == '-')))
                {
                    rows.Add(row);
                }
            }

            return rows.ToImmutable();
        }

        /// <summary>The rows of the markdown tables in <paramref name="markdown"/> whose first cell is
        /// <paramref name="firstCell"/> (links and code spans unwrapped), as trimmed cells.</summary>
        public static ImmutableArray<string[]> TableRows(string markdown, string firstCell) =>
            Lines(markdown)
                .Where(line => line.TrimStart().StartsWith('|'))
                .Select(Cells)
                .Where(cells => cells.Length > 0 && Unwrap(cells[0]) == firstCell)
                .ToImmutableArray();

        /// <summary>The cells of one markdown table row.</summary>
        public static string[] Cells(string row)
        {
            string trimmed = row.Trim();
            if (trimmed.StartsWith('|'))
            {
                trimmed = trimmed.Substring(1);
            }

            if (trimmed.EndsWith('|'))
            {
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }

            return trimmed.Split('|').Select(cell => cell.Trim()).ToArray();
        }

        /// <summary>The text of a cell without a markdown link or code span around it: <c>[GDPR001](x)</c> gives
        /// <c>GDPR001</c>.</summary>
        public static string Unwrap(string cell)
        {
            string text = cell.Trim();
            if (text.StartsWith('[') && text.IndexOf("](", StringComparison.Ordinal) is int close and > 0 && text.EndsWith(')'))
            {
                text = text.Substring(1, close - 1);
            }

            return text.Trim('`', '*', ' ');
        }

        /// <summary>The target of a markdown link in a cell (<c>[x](docs/rules/GDPR001.md)</c> gives the path), or null.</summary>
        public static string? LinkTarget(string cell)
        {
            int open = cell.IndexOf("](", StringComparison.Ordinal);
            int close = cell.LastIndexOf(')');
            return open > 0 && close > open ? cell.Substring(open + 2, close - open - 2) : null;
        }

        /// <summary>The lines of a text, line endings of any kind.</summary>
        public static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

        /// <summary>The fenced code blocks of a markdown text with their info string (<c>csharp</c>, <c>sh</c>) and the
        /// nearest heading above them.</summary>
        public static ImmutableArray<CodeBlock> CodeBlocks(string markdown)
        {
            var blocks = ImmutableArray.CreateBuilder<CodeBlock>();
            string heading = string.Empty;
            string? info = null;
            var body = new List<string>();
            foreach (string line in Lines(markdown))
            {
                if (info is null)
                {
                    if (line.StartsWith("```", StringComparison.Ordinal))
                    {
                        info = line.Substring(3).Trim();
                        body.Clear();
                    }
                    else if (line.StartsWith('#'))
                    {
                        heading = line.TrimEnd();
                    }
                }
                else if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    blocks.Add(new CodeBlock(heading, info, string.Join("\n", body)));
                    info = null;
                }
                else
                {
                    body.Add(line);
                }
            }

            return blocks.ToImmutable();
        }
    }

    /// <summary>A fenced code block of a markdown file.</summary>
    internal sealed record CodeBlock(string Heading, string Info, string Code);
}
