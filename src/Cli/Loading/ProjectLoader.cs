using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Reporting;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace GdprAnalyzers.Cli.Loading
{
    /// <summary>One C# project opened for analysis.</summary>
    /// <param name="Project">The workspace's project (one target framework of it).</param>
    /// <param name="Name">The project's name without the target framework (<c>SupportChatbot</c>).</param>
    /// <param name="FilePath">The project file's full path.</param>
    /// <param name="UsesGdprAnalyzers">Whether the project references GdprAnalyzers' analyzers (the package, or the
    /// analyzer assembly): then its own settings apply; otherwise Discovery mode.</param>
    /// <param name="Unresolved">Why MSBuild could not resolve the project's references, when it could not (not restored,
    /// an SDK or workload missing): the project is then compiled against the SDK's reference packs only
    /// (<see cref="ReferencePacks"/>); null when its references resolved.</param>
    public sealed record LoadedProject(Project Project, string Name, string FilePath, bool UsesGdprAnalyzers, string? Unresolved = null);

    /// <summary>A project that could not be opened or analysed, and why.</summary>
    /// <param name="Project">The project file, relative to the folder scanned.</param>
    /// <param name="Reason">What went wrong, as MSBuild or the tool said it.</param>
    public sealed record ProjectFailure(string Project, string Reason);

    /// <summary>What <see cref="ProjectLoader"/> opened.</summary>
    /// <param name="Folder">The folder that paths are made relative to: the solution's or project's folder, or the folder
    /// given.</param>
    /// <param name="Projects">The C# projects opened, one target framework each.</param>
    /// <param name="Failures">The projects that could not be opened, and why.</param>
    /// <param name="Notes">What the user should know that is no failure (a restore that failed, a project of another
    /// language skipped).</param>
    public sealed record LoadResult(string Folder, ImmutableArray<LoadedProject> Projects, ImmutableArray<ProjectFailure> Failures, ImmutableArray<string> Notes);

    /// <summary>
    /// Opens a solution or project as a build would: <c>dotnet restore</c> first (unless told not to), then MSBuild's
    /// design-time build through <see cref="MSBuildWorkspace"/>, with the SDK that <see cref="MSBuildLocator"/> finds.
    /// The user's files are not changed (restore writes <c>obj/</c>, as a build does). A project that does not open is
    /// listed with MSBuild's reason, and the others go on.
    /// </summary>
    public static class ProjectLoader
    {
        private static readonly object LocatorLock = new();

        /// <summary>The solution or project files <paramref name="path"/> stands for: the file itself; in a folder, its
        /// one solution, else its one project, else every project below it (build outputs left out).</summary>
        /// <exception cref="ArgumentException">Nothing to open, or several solutions or projects to choose from.</exception>
        public static (string Folder, ImmutableArray<string> Files) Resolve(string path)
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                return IsSolution(full) || full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                    ? (Path.GetDirectoryName(full)!, ImmutableArray.Create(full))
                    : throw new ArgumentException($"'{path}' is neither a solution (.sln, .slnx, .slnf) nor a C# project (.csproj).");
            }

            if (!Directory.Exists(full))
            {
                throw new ArgumentException($"'{path}' does not exist.");
            }

            List<string> solutions = Directory.EnumerateFiles(full).Where(IsSolution).OrderBy(file => file, StringComparer.Ordinal).ToList();
            if (solutions.Count == 1)
            {
                return (full, ImmutableArray.Create(solutions[0]));
            }

            if (solutions.Count > 1)
            {
                throw new ArgumentException($"'{path}' holds several solutions; name one: {string.Join(", ", solutions.Select(Path.GetFileName))}.");
            }

            List<string> projects = Directory.EnumerateFiles(full, "*.csproj").ToList();
            if (projects.Count == 1)
            {
                return (full, ImmutableArray.Create(projects[0]));
            }

            projects = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(full, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" || part.StartsWith('.')))
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToList();
            return projects.Count > 0
                ? (full, projects.ToImmutableArray())
                : throw new ArgumentException($"'{path}' holds no solution and no C# project.");
        }

        /// <summary>Restores <paramref name="file"/> with <c>dotnet restore</c>; returns null when it worked, else the last
        /// lines of what it said.</summary>
        public static async Task<string?> RestoreAsync(string file, CancellationToken cancellationToken)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("restore");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("--verbosity");
            start.ArgumentList.Add("quiet");
            start.ArgumentList.Add("-nologo");
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode == 0)
            {
                return null;
            }

            string said = (await output.ConfigureAwait(false)) + "\n" + (await error.ConfigureAwait(false));
            return RestoreProblem(said);
        }

        /// <summary>
        /// What a failed restore said, in one line: its first error (NuGet's code and message, without the project path
        /// NuGet puts first and the project it appends, cut at 200 characters), and how many other errors it gave.
        /// </summary>
        public static string RestoreProblem(string said)
        {
            List<string> lines = said.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
            List<string> errors = lines.Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(line => Regex.Replace(line, @"^\S+proj\s*:\s*", "")).Select(line => Regex.Replace(line, @"\s*\[[^\]]+proj\]$", ""))
                .Distinct(StringComparer.Ordinal).ToList();
            List<string> shown = errors.Count > 0 ? errors : lines;
            if (shown.Count == 0)
            {
                return "no message";
            }

            string first = shown[0].Length > 200 ? shown[0].Substring(0, 200) + "..." : shown[0];
            return shown.Count == 1 ? first : $"{first} (and {shown.Count - 1} more)";
        }

        /// <summary>Opens <paramref name="files"/> (solutions or projects) in one workspace; <paramref name="progress"/> hears
        /// each project as MSBuild evaluates it.</summary>
        public static async Task<LoadResult> LoadAsync(string folder, ImmutableArray<string> files, Action<string> progress, CancellationToken cancellationToken)
        {
            RegisterMSBuild();
            var failures = new List<ProjectFailure>();
            var notes = new List<string>();
            var workspaceFailures = new List<WorkspaceDiagnostic>();
            using MSBuildWorkspace workspace = MSBuildWorkspace.Create();
            workspace.RegisterWorkspaceFailedHandler(args => workspaceFailures.Add(args.Diagnostic));
            var loader = new Progress<ProjectLoadProgress>(step => progress($"{step.Operation} {Path.GetFileName(step.FilePath)}{(step.TargetFramework is null ? "" : " (" + step.TargetFramework + ")")}"));

            Solution? solution = null;
            // The projects to analyse: a solution's, or the project files named; not the projects they reference from
            // elsewhere, which the workspace opens too.
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (string file in files)
            {
                try
                {
                    if (IsSolution(file))
                    {
                        solution = await workspace.OpenSolutionAsync(file, loader, cancellationToken).ConfigureAwait(false);
                        named.UnionWith(solution.Projects.Select(project => project.FilePath).OfType<string>());
                    }
                    else if (!workspace.CurrentSolution.Projects.Any(project => string.Equals(project.FilePath, file, StringComparison.Ordinal)))
                    {
                        solution = (await workspace.OpenProjectAsync(file, loader, cancellationToken).ConfigureAwait(false)).Solution;
                    }

                    named.Add(file);
                }
                catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException or InvalidDataException)
                {
                    failures.Add(new ProjectFailure(Finding.RelativePath(folder, file), exception.Message));
                }
            }

            solution ??= workspace.CurrentSolution;
            var projects = new List<LoadedProject>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Project project in solution.Projects.OrderBy(project => project.FilePath, StringComparer.Ordinal).ThenByDescending(project => project.Name, StringComparer.Ordinal))
            {
                string path = project.FilePath ?? project.Name;
                string relative = Finding.RelativePath(folder, path);
                if (!named.Contains(path))
                {
                    continue;
                }

                if (project.Language != LanguageNames.CSharp)
                {
                    notes.Add($"{relative}: a {project.Language} project, not analysed (GdprAnalyzers reads C#).");
                    continue;
                }

                // A project with several target frameworks opens once per framework ("Name(net8.0)"): the newest is analysed.
                if (!seen.Add(path))
                {
                    continue;
                }

                List<string> reasons = workspaceFailures
                    .Where(diagnostic => diagnostic.Kind == WorkspaceDiagnosticKind.Failure && diagnostic.Message.Contains(path, StringComparison.Ordinal))
                    .Select(diagnostic => diagnostic.Message.Replace(path, relative, StringComparison.Ordinal))
                    .ToList();
                if (!project.DocumentIds.Any())
                {
                    reasons.Add("MSBuild gave no C# file");
                    failures.Add(new ProjectFailure(relative, string.Join("; ", reasons.Distinct(StringComparer.Ordinal))));
                    continue;
                }

                string? unresolved = null;
                if (!project.MetadataReferences.Any())
                {
                    reasons.Add("its references could not be resolved (restore it: dotnet restore)");
                    unresolved = string.Join("; ", reasons.Distinct(StringComparer.Ordinal));
                }

                bool uses = project.AnalyzerReferences.Any(reference =>
                    string.Equals(Path.GetFileName(reference.FullPath), GdprAnalysis.AnalyzerAssemblyFileName, StringComparison.OrdinalIgnoreCase));
                projects.Add(new LoadedProject(project, Regex.Replace(project.Name, @"\([^)]*\)$", ""), path, uses, unresolved));
            }

            // Failures that name no opened project: one of the project files given that did not open fails; another project
            // file that did not open (a project they reference, a solution entry whose file is missing) is a note: its types
            // do not bind.
            foreach (WorkspaceDiagnostic diagnostic in workspaceFailures.Where(diagnostic => diagnostic.Kind == WorkspaceDiagnosticKind.Failure))
            {
                if (solution.Projects.Any(project => project.FilePath is { } file && diagnostic.Message.Contains(file, StringComparison.Ordinal)))
                {
                    continue;
                }

                string? path = PathIn(diagnostic.Message);
                if (path != null && !named.Contains(path) && !files.Contains(path))
                {
                    notes.Add("A project did not open, so its types do not bind where it is referenced: " + diagnostic.Message);
                }
                else
                {
                    failures.Add(new ProjectFailure(Finding.RelativePath(folder, path ?? folder), diagnostic.Message));
                }
            }

            return new LoadResult(
                folder,
                projects.OrderBy(project => project.FilePath, StringComparer.Ordinal).ToImmutableArray(),
                failures.GroupBy(failure => failure.Project, StringComparer.Ordinal).Select(group => new ProjectFailure(group.Key, string.Join("; ", group.Select(failure => failure.Reason).Distinct(StringComparer.Ordinal)))).ToImmutableArray(),
                notes.ToImmutableArray());
        }

        private static bool IsSolution(string file) =>
            file.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".slnf", StringComparison.OrdinalIgnoreCase);

        /// <summary>The first absolute path of a project file in a message, if any.</summary>
        private static string? PathIn(string message) =>
            Regex.Match(message, @"(/|[A-Za-z]:\\)[^'""\s]+\.(cs|vb|fs)proj") is { Success: true } match ? match.Value : null;

        private static void RegisterMSBuild()
        {
            lock (LocatorLock)
            {
                if (!MSBuildLocator.IsRegistered)
                {
                    MSBuildLocator.RegisterDefaults();
                }
            }
        }
    }
}
