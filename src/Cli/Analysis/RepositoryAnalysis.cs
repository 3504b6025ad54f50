using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Cli.Loading;
using GdprAnalyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Spectre.Console;

namespace GdprAnalyzers.Cli.Analysis
{
    /// <summary>One project's analysis.</summary>
    /// <param name="Project">The project.</param>
    /// <param name="Outcome">What GdprAnalyzers found.</param>
    /// <param name="Findings">The diagnostics as findings, paths relative to the root folder.</param>
    /// <param name="CompileErrors">The compiler's errors (findings may be incomplete where code does not bind).</param>
    /// <param name="Discovery">Whether it ran in Discovery mode (the project does not use GdprAnalyzers).</param>
    public sealed record ProjectAnalysis(LoadedProject Project, AnalysisOutcome Outcome, List<Finding> Findings, int CompileErrors, bool Discovery)
    {
        /// <summary>The mode it ran in: <c>project settings</c> or <c>Discovery</c>.</summary>
        public string Mode => Discovery ? "Discovery" : "project settings";
    }

    /// <summary>Everything one command analysed.</summary>
    /// <param name="Folder">The folder scanned (the solution's or project's folder, or the folder given).</param>
    /// <param name="RootFolder">The folder paths are relative to: the Git work tree the folder is in, else the folder.</param>
    /// <param name="Projects">Each project analysed.</param>
    /// <param name="Failures">The projects that could not be opened or analysed, and why.</param>
    /// <param name="Notes">What else the user should know (restore problems, projects of other languages).</param>
    /// <param name="Rules">Every rule of the analyzers that ran.</param>
    /// <param name="Elapsed">How long it took.</param>
    public sealed record RepositoryResult(
        string Folder,
        string RootFolder,
        ImmutableArray<ProjectAnalysis> Projects,
        ImmutableArray<ProjectFailure> Failures,
        ImmutableArray<string> Notes,
        ImmutableArray<DiagnosticDescriptor> Rules,
        TimeSpan Elapsed)
    {
        /// <summary>Every finding, in project order.</summary>
        public List<Finding> Findings => Projects.SelectMany(project => project.Findings).ToList();

        /// <summary>Whether projects were analysed but none of them compiled without errors (usually references that did
        /// not resolve: a failed restore, an offline machine). The analysis of such code misses what does not bind, so the
        /// commands exit with <see cref="ExitCodes.NothingAnalysed"/> rather than report a clean result.</summary>
        public bool Incomplete => !Projects.IsEmpty && Projects.All(project => project.CompileErrors > 0);
    }

    /// <summary>
    /// What <c>scan</c> and <c>record</c> share: resolve the path, restore, open the projects, and run GdprAnalyzers on
    /// each with a facts recorder, showing progress on the console (Spectre.Console's status line). A project that
    /// fails is listed and the others go on.
    /// </summary>
    public static class RepositoryAnalysis
    {
        /// <summary>Analyses what <paramref name="path"/> names; <paramref name="restore"/>: run <c>dotnet restore</c> first;
        /// <paramref name="discovery"/>: analyse a project that does not use GdprAnalyzers in Discovery mode (<c>scan</c>),
        /// else with its settings as they are (<c>record</c>, which lists what the code declares).</summary>
        /// <exception cref="ArgumentException">The path names nothing to open.</exception>
        public static async Task<RepositoryResult> RunAsync(IAnsiConsole console, string path, bool restore, bool discovery, CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            (string folder, ImmutableArray<string> files) = ProjectLoader.Resolve(path);
            string root = RootFolder(folder);
            var notes = new List<string>();
            LoadResult? loaded = null;
            var projects = new List<ProjectAnalysis>();
            var failures = new List<ProjectFailure>();
            ImmutableArray<DiagnosticAnalyzer> analyzers = GdprAnalysis.Analyzers();
            var images = new Dictionary<Compilation, MetadataReference>(ReferenceEqualityComparer.Instance);

            await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Starting", async status =>
            {
                if (restore)
                {
                    foreach (string file in files)
                    {
                        status.Status($"Restoring {Markup.Escape(Path.GetFileName(file))} (dotnet restore)");
                        if (await ProjectLoader.RestoreAsync(file, cancellationToken).ConfigureAwait(false) is { } problem)
                        {
                            notes.Add($"dotnet restore {Finding.RelativePath(root, file)} failed, so some references may be missing: {problem}");
                        }
                    }
                }

                status.Status("Opening projects (MSBuild)");
                loaded = await ProjectLoader.LoadAsync(folder, files, step => status.Status(Markup.Escape("Opening: " + step)), cancellationToken).ConfigureAwait(false);
                int index = 0;
                foreach (LoadedProject project in loaded.Projects)
                {
                    index++;
                    status.Status(Markup.Escape($"Analysing {project.Name} ({index} of {loaded.Projects.Length})"));
                    try
                    {
                        Compilation compilation = AsBuilt(await project.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                            ?? throw new InvalidOperationException("the project gives no compilation"), images, cancellationToken);
                        if (project.Unresolved is { } unresolved)
                        {
                            compilation = compilation.AddReferences(ReferencePacks.All);
                            notes.Add($"{project.Name}: compiled against the SDK's reference packs only, its packages' types do not bind and findings that need them are missing ({unresolved}).");
                        }

                        // The annotations library, as the package adds it: Discovery mode proposes its attributes, and a project
                        // that uses them without the package (a copy, a project whose package reference did not restore) binds.
                        bool discoveryMode = discovery && !project.UsesGdprAnalyzers;
                        compilation = WithAnnotations(compilation);

                        int errors = compilation.GetDiagnostics(cancellationToken).Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
                        AnalysisOutcome outcome = await GdprAnalysis.AnalyseAsync(compilation, analyzers, project.Project.AnalyzerOptions, discoveryMode, cancellationToken).ConfigureAwait(false);
                        projects.Add(new ProjectAnalysis(project, outcome, Finding.From(outcome.Diagnostics, root, project.Name), errors, discoveryMode));
                        foreach (string failure in outcome.AnalyzerFailures)
                        {
                            notes.Add($"{project.Name}: an analyzer failed, its findings there may be missing: {failure}");
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        failures.Add(new ProjectFailure(Finding.RelativePath(root, project.FilePath), exception.GetType().Name + ": " + exception.Message));
                    }
                }
            }).ConfigureAwait(false);

            return new RepositoryResult(
                folder,
                root,
                projects.ToImmutableArray(),
                loaded!.Failures.Select(failure => failure with { Project = Finding.RelativePath(root, Path.Combine(folder, failure.Project)) }).Concat(failures).ToImmutableArray(),
                loaded.Notes.Concat(notes).ToImmutableArray(),
                GdprAnalysis.Rules(analyzers),
                stopwatch.Elapsed);
        }

        /// <summary>
        /// <paramref name="compilation"/> as a build compiles it: each project it references as an assembly (a metadata-only
        /// image, errors tolerated), not as the referenced project's source compilation that a workspace gives. So each
        /// project's analysis sees its own code only, as in a build, and no symbol of another project seems to be in
        /// source.
        /// </summary>
        private static Compilation AsBuilt(Compilation compilation, Dictionary<Compilation, MetadataReference> images, CancellationToken cancellationToken)
        {
            foreach (CompilationReference reference in compilation.References.OfType<CompilationReference>().ToList())
            {
                if (!images.TryGetValue(reference.Compilation, out MetadataReference? image))
                {
                    using var stream = new MemoryStream();
                    reference.Compilation.Emit(stream, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(metadataOnly: true, tolerateErrors: true), cancellationToken: cancellationToken);
                    image = MetadataReference.CreateFromImage(stream.ToArray(), reference.Properties, filePath: reference.Compilation.AssemblyName + ".dll");
                    images[reference.Compilation] = image;
                }

                compilation = compilation.ReplaceReference(reference, image);
            }

            return compilation;
        }

        /// <summary>
        /// <paramref name="compilation"/> with GdprAnalyzers' annotations library, as the package adds it to a project that
        /// installs it: in Discovery mode the proposals (GDPR005) and the opt-in rules propose and follow its
        /// <c>[PersonalData]</c>, and register nothing without it; a project that uses the attributes without a resolved
        /// reference to the library binds them. Unchanged when the project references the library.
        /// </summary>
        private static Compilation WithAnnotations(Compilation compilation)
        {
            string name = typeof(GdprAnalyzers.Annotations.PersonalDataAttribute).Assembly.GetName().Name!;
            return compilation.ReferencedAssemblyNames.Any(assembly => assembly.Name == name)
                ? compilation
                : compilation.AddReferences(MetadataReference.CreateFromFile(typeof(GdprAnalyzers.Annotations.PersonalDataAttribute).Assembly.Location));
        }

        /// <summary>The Git work tree <paramref name="folder"/> is in, else the folder itself.</summary>
        public static string RootFolder(string folder)
        {
            for (DirectoryInfo? current = new(folder); current != null; current = current.Parent)
            {
                string git = Path.Combine(current.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return current.FullName;
                }
            }

            return Path.GetFullPath(folder);
        }

        /// <summary>Prints the projects that failed and the notes, in the console's warning colour.</summary>
        public static void PrintProblems(IAnsiConsole console, RepositoryResult result)
        {
            foreach (ProjectFailure failure in result.Failures)
            {
                console.MarkupLine($"[red]Not analysed:[/] {Markup.Escape(failure.Project)}: {Markup.Escape(failure.Reason)}");
            }

            foreach (string note in result.Notes)
            {
                console.MarkupLine($"[yellow]Note:[/] {Markup.Escape(note)}");
            }

            List<ProjectAnalysis> withErrors = result.Projects.Where(project => project.CompileErrors > 0).ToList();
            if (withErrors.Count <= 3)
            {
                foreach (ProjectAnalysis project in withErrors)
                {
                    console.MarkupLine($"[yellow]Note:[/] {Markup.Escape(project.Project.Name)} has {project.CompileErrors} compile errors: findings may be missing where its code does not bind.");
                }
            }
            else
            {
                console.MarkupLine($"[yellow]Note:[/] {withErrors.Count} of {result.Projects.Length} projects have compile errors ({withErrors.Min(project => project.CompileErrors)} to {withErrors.Max(project => project.CompileErrors)} each): findings may be missing where their code does not bind.");
            }

            if (result.Incomplete)
            {
                console.MarkupLine("[red]Analysis incomplete:[/] " + Markup.Escape(
                    "no project compiled without errors, so what does not bind was not analysed. Restore the projects where their packages are available (dotnet restore), then run again; or accept an incomplete result with --allow-incomplete."));
            }
        }
    }
}
