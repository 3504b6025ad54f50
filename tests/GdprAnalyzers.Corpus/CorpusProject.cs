using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// One project of a corpus application, read from its <c>.csproj</c> without MSBuild: its C# files (every <c>.cs</c>
    /// file under the project's folder, less the folders of nested projects and <c>bin</c>/<c>obj</c>), its SDK, and the
    /// few properties that decide how its code binds (implicit usings, <c>Using</c> items, nullable, output type,
    /// assembly name, project references). Properties are read from the project file, the files it imports and the
    /// <c>Directory.Build.props</c> files above it, by their literal values (conditions are ignored).
    /// </summary>
    public sealed record CorpusProject
    {
        /// <summary>The project file's path relative to the application's folder, with '/' separators.</summary>
        public required string RelativePath { get; init; }

        /// <summary>The project file's full path.</summary>
        public required string FullPath { get; init; }

        /// <summary>The project's name (the project file's name without extension).</summary>
        public string Name => Path.GetFileNameWithoutExtension(FullPath);

        /// <summary>The SDK of the project file, e.g. <c>Microsoft.NET.Sdk.Web</c>.</summary>
        public required string Sdk { get; init; }

        /// <summary>The C# files of the project, full paths, in ordinal order.</summary>
        public required ImmutableArray<string> Files { get; init; }

        /// <summary>The number of lines of <see cref="Files"/>.</summary>
        public required int Lines { get; init; }

        /// <summary>Whether <c>ImplicitUsings</c> is <c>enable</c> or <c>true</c>.</summary>
        public bool ImplicitUsings { get; init; }

        /// <summary>Whether <c>Nullable</c> is <c>enable</c>.</summary>
        public bool Nullable { get; init; }

        /// <summary>Whether the project is a program (output type <c>Exe</c>/<c>WinExe</c>, or the Web SDK's default).</summary>
        public bool IsExecutable { get; init; }

        /// <summary>The assembly name (<c>AssemblyName</c>, else the project's name).</summary>
        public required string AssemblyName { get; init; }

        /// <summary><c>&lt;Using Include="..."/&gt;</c> items: a namespace, or <c>Alias = Type</c>.</summary>
        public ImmutableArray<string> Usings { get; init; } = ImmutableArray<string>.Empty;

        /// <summary><c>&lt;Using Remove="..."/&gt;</c> items.</summary>
        public ImmutableArray<string> RemovedUsings { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>Full paths of the project files this one references.</summary>
        public ImmutableArray<string> ProjectReferences { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>The ids of its <c>PackageReference</c> items (in the project file, its imports and Directory.Build.props).</summary>
        public ImmutableArray<string> PackageReferences { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>Whether the project uses the Web SDK (whose implicit usings it gets).</summary>
        public bool IsWeb => Sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase);

        /// <summary>Every project of an application folder, in ordinal order of their relative paths (projects without C#
        /// files included: they may still be referenced).</summary>
        public static ImmutableArray<CorpusProject> Discover(string applicationFolder)
        {
            string root = Path.GetFullPath(applicationFolder);
            List<string> projectFiles = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(root, path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
            var projectFolders = projectFiles.Select(path => Path.GetDirectoryName(path)!).ToHashSet(StringComparer.Ordinal);
            return projectFiles.Select(path => Read(root, path, projectFolders)).ToImmutableArray();
        }

        private static CorpusProject Read(string root, string projectFile, HashSet<string> projectFolders)
        {
            string folder = Path.GetDirectoryName(projectFile)!;
            string text = File.ReadAllText(projectFile);
            string settings = string.Join("\n", SettingsFiles(root, projectFile, text).Select(File.ReadAllText).Append(text));
            var files = new List<string>();
            CollectFiles(folder, folder, projectFolders, files);
            files.Sort(StringComparer.Ordinal);
            int lines = files.Sum(CountLines);

            string sdk = Regex.Match(text, "<Project[^>]*\\bSdk\\s*=\\s*\"([^\"]+)\"", RegexOptions.IgnoreCase) is { Success: true } match
                ? match.Groups[1].Value
                : Regex.Match(text, "<Sdk\\s+Name\\s*=\\s*\"([^\"]+)\"", RegexOptions.IgnoreCase) is { Success: true } element ? element.Groups[1].Value : "(none)";
            string? outputType = Last(settings, "OutputType");
            bool web = sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase);
            return new CorpusProject
            {
                RelativePath = Path.GetRelativePath(root, projectFile).Replace('\\', '/'),
                FullPath = projectFile,
                Sdk = sdk,
                Files = files.ToImmutableArray(),
                Lines = lines,
                ImplicitUsings = Last(settings, "ImplicitUsings") is { } implicitUsings
                    && (implicitUsings.Equals("enable", StringComparison.OrdinalIgnoreCase) || implicitUsings.Equals("true", StringComparison.OrdinalIgnoreCase)),
                Nullable = string.Equals(Last(settings, "Nullable"), "enable", StringComparison.OrdinalIgnoreCase),
                IsExecutable = outputType is null ? web : outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase),
                AssemblyName = Last(text, "AssemblyName") is { Length: > 0 } name && !name.Contains('$', StringComparison.Ordinal) ? name : Path.GetFileNameWithoutExtension(projectFile),
                Usings = Items(settings, "Using", "Include", withAlias: true),
                RemovedUsings = Items(settings, "Using", "Remove", withAlias: false),
                PackageReferences = Items(settings, "PackageReference", "Include", withAlias: false),
                ProjectReferences = Items(text, "ProjectReference", "Include", withAlias: false)
                    .Select(reference => Path.GetFullPath(Path.Combine(folder, reference.Replace('\\', Path.DirectorySeparatorChar))))
                    .Distinct(StringComparer.Ordinal)
                    .ToImmutableArray(),
            };
        }

        /// <summary>The files whose properties apply to a project besides its own: <c>Directory.Build.props</c> from the
        /// application's root down to the project's folder (the nearest one only, as MSBuild does unless it imports its
        /// parent), and the files the project imports by a relative path.</summary>
        private static IEnumerable<string> SettingsFiles(string root, string projectFile, string text)
        {
            string? folder = Path.GetDirectoryName(projectFile);
            while (folder != null && folder.Length >= root.Length)
            {
                string props = Path.Combine(folder, "Directory.Build.props");
                if (File.Exists(props))
                {
                    yield return props;
                    break;
                }

                folder = Path.GetDirectoryName(folder);
            }

            foreach (Match import in Regex.Matches(text, "<Import\\s+Project\\s*=\\s*\"([^\"$]+)\"", RegexOptions.IgnoreCase))
            {
                string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, import.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar)));
                if (File.Exists(path))
                {
                    yield return path;
                }
            }
        }

        private static void CollectFiles(string folder, string projectFolder, HashSet<string> projectFolders, List<string> files)
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*.cs"))
            {
                files.Add(file);
            }

            foreach (string child in Directory.EnumerateDirectories(folder))
            {
                string name = Path.GetFileName(child);
                if (name.Equals("bin", StringComparison.OrdinalIgnoreCase) || name.Equals("obj", StringComparison.OrdinalIgnoreCase) || projectFolders.Contains(child))
                {
                    continue;
                }

                CollectFiles(child, projectFolder, projectFolders, files);
            }
        }

        private static bool IsBuildOutput(string root, string path) =>
            Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part.Equals("bin", StringComparison.OrdinalIgnoreCase) || part.Equals("obj", StringComparison.OrdinalIgnoreCase));

        private static int CountLines(string path)
        {
            int lines = 0;
            foreach (string _ in File.ReadLines(path))
            {
                lines++;
            }

            return lines;
        }

        /// <summary>The last literal value of <c>&lt;name&gt;value&lt;/name&gt;</c> (MSBuild's last assignment wins).</summary>
        private static string? Last(string text, string name) =>
            Regex.Matches(text, "<" + name + "(?:\\s[^>]*)?>\\s*([^<]*?)\\s*</" + name + ">", RegexOptions.IgnoreCase)
                .Select(match => match.Groups[1].Value)
                .LastOrDefault();

        private static ImmutableArray<string> Items(string text, string element, string attribute, bool withAlias) =>
            Regex.Matches(text, "<" + element + "\\s[^>]*?\\b" + attribute + "\\s*=\\s*\"([^\"]+)\"[^>]*>", RegexOptions.IgnoreCase)
                .Select(match =>
                {
                    string value = match.Groups[1].Value.Trim();
                    if (withAlias && Regex.Match(match.Value, "\\bAlias\\s*=\\s*\"([^\"]+)\"", RegexOptions.IgnoreCase) is { Success: true } alias)
                    {
                        return alias.Groups[1].Value.Trim() + " = " + value;
                    }

                    if (withAlias && Regex.IsMatch(match.Value, "\\bStatic\\s*=\\s*\"true\"", RegexOptions.IgnoreCase))
                    {
                        return "static " + value;
                    }

                    return value;
                })
                .Where(value => !value.Contains('$', StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
    }
}
