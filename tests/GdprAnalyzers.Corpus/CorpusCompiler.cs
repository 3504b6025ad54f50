using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// Compiles the projects of one application tolerantly: each project's C# files with a generated file of the SDK's
    /// implicit global usings and its <c>Using</c> items, against the .NET 10 reference packs and the projects it
    /// references. A referenced project is compiled the same way and given as a metadata-only image emitted with errors
    /// tolerated, as a command-line build gives a project reference (an assembly, not source). NuGet packages are not
    /// restored; a few the analyzers model are given from the runner's own (<see cref="CorpusPackages"/>). What the others
    /// declare does not bind, and compile errors are counted, not fixed.
    /// </summary>
    public sealed class CorpusCompiler
    {
        private readonly ImmutableArray<MetadataReference> _frameworkReferences;
        private readonly Dictionary<string, CorpusProject> _projects;
        private readonly Dictionary<string, MetadataReference?> _images = new(StringComparer.Ordinal);
        private readonly HashSet<string> _building = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ImmutableArray<MetadataReference>> _packages = new(StringComparer.Ordinal);
        private readonly ImmutableDictionary<string, ReportDiagnostic> _warningRules;
        private readonly bool _withPackages;

        /// <summary>A compiler for the projects of one application; <paramref name="packages"/>: give projects the packages
        /// of <see cref="CorpusPackages"/> they reference.</summary>
        public CorpusCompiler(IEnumerable<CorpusProject> projects, ImmutableDictionary<string, ReportDiagnostic> warningRules, bool packages = true)
        {
            _withPackages = packages;
            _projects = projects.ToDictionary(project => project.FullPath, StringComparer.Ordinal);
            _frameworkReferences = CorpusEnvironment.ReferencePaths().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
            _warningRules = warningRules;
        }

        /// <summary>The parse options of every project: the newest language version, a Debug build's symbols.</summary>
        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview, DocumentationMode.Parse, SourceCodeKind.Regular, CorpusEnvironment.PreprocessorSymbols);

        /// <summary>The compilation of <paramref name="project"/>, with its references (projects it references compiled
        /// first, once per runner process).</summary>
        public CSharpCompilation Compile(CorpusProject project, CancellationToken cancellationToken)
        {
            var trees = new List<SyntaxTree>(project.Files.Length + 1);
            foreach (string file in project.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using FileStream stream = File.OpenRead(file);
                SourceText text = SourceText.From(stream, Encoding.UTF8, SourceHashAlgorithm.Sha256);
                trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions, file, cancellationToken));
            }

            string usings = GlobalUsings(project);
            if (usings.Length > 0)
            {
                string path = Path.Combine(Path.GetDirectoryName(project.FullPath)!, "obj", project.Name + ".GlobalUsings.g.cs");
                trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(usings, Encoding.UTF8), ParseOptions, path, cancellationToken));
            }

            var references = new List<MetadataReference>(_frameworkReferences);
            IEnumerable<string> packages = _withPackages ? CorpusPackages.For(PackageClosure(project, new HashSet<string>(StringComparer.Ordinal))) : Enumerable.Empty<string>();
            foreach (string package in packages)
            {
                if (!_packages.TryGetValue(package, out ImmutableArray<MetadataReference> assemblies))
                {
                    assemblies = CorpusPackages.Assemblies(package).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
                    _packages[package] = assemblies;
                }

                references.AddRange(assemblies);
            }

            foreach (string referenced in project.ProjectReferences)
            {
                if (ImageOf(referenced, cancellationToken) is { } image)
                {
                    references.Add(image);
                }
            }

            var options = new CSharpCompilationOptions(
                project.IsExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: project.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                optimizationLevel: OptimizationLevel.Debug,
                allowUnsafe: true,
                specificDiagnosticOptions: _warningRules,
                concurrentBuild: false);
            return CSharpCompilation.Create(project.AssemblyName, trees, references, options);
        }

        /// <summary>The generated file of global usings: the SDK's implicit usings when the project enables them, and its
        /// <c>Using</c> items, less its <c>Using Remove</c> items; empty when there are none.</summary>
        public static string GlobalUsings(CorpusProject project)
        {
            var usings = new List<string>();
            if (project.ImplicitUsings)
            {
                usings.AddRange(CorpusEnvironment.SdkImplicitUsings);
                if (project.IsWeb)
                {
                    usings.AddRange(CorpusEnvironment.WebImplicitUsings);
                }
                else if (project.Sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase)
                    || project.Sdk.StartsWith("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase))
                {
                    usings.AddRange(CorpusEnvironment.HostingImplicitUsings);
                }
            }

            usings.AddRange(project.Usings);
            var text = new StringBuilder("// <auto-generated/>\n");
            foreach (string item in usings.Distinct(StringComparer.Ordinal).Where(item => !project.RemovedUsings.Contains(item, StringComparer.Ordinal)))
            {
                if (item.StartsWith("static ", StringComparison.Ordinal))
                {
                    text.Append("global using static global::").Append(item["static ".Length..]).Append(";\n");
                }
                else if (item.Split(" = ", 2) is { Length: 2 } alias)
                {
                    text.Append("global using ").Append(alias[0]).Append(" = global::").Append(alias[1]).Append(";\n");
                }
                else
                {
                    text.Append("global using global::").Append(item).Append(";\n");
                }
            }

            return usings.Count == 0 ? "" : text.ToString();
        }

        /// <summary>The package ids of <paramref name="project"/> and of the projects it references, transitively (packages
        /// flow through project references).</summary>
        private IEnumerable<string> PackageClosure(CorpusProject project, HashSet<string> seen)
        {
            if (!seen.Add(project.FullPath))
            {
                return Enumerable.Empty<string>();
            }

            return project.PackageReferences.Concat(project.ProjectReferences
                .Where(_projects.ContainsKey)
                .SelectMany(referenced => PackageClosure(_projects[referenced], seen)))
                .ToList();
        }

        /// <summary>A referenced project as a metadata-only image (errors tolerated), or null when it is not part of the
        /// application, has no C# files, references itself through a cycle, or cannot be emitted.</summary>
        private MetadataReference? ImageOf(string projectPath, CancellationToken cancellationToken)
        {
            if (_images.TryGetValue(projectPath, out MetadataReference? known))
            {
                return known;
            }

            if (!_projects.TryGetValue(projectPath, out CorpusProject? project) || project.Files.IsEmpty || !_building.Add(projectPath))
            {
                return null;
            }

            MetadataReference? image = null;
            try
            {
                CSharpCompilation compilation = Compile(project, cancellationToken);
                using var stream = new MemoryStream();
                EmitResult result = compilation.Emit(
                    stream,
                    options: new EmitOptions(metadataOnly: true, tolerateErrors: true, includePrivateMembers: false),
                    cancellationToken: cancellationToken);
                if (stream.Length > 0)
                {
                    image = MetadataReference.CreateFromImage(stream.ToArray(), filePath: project.AssemblyName + ".dll");
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Console.Error.WriteLine($"Referenced project '{project.RelativePath}' could not be emitted, left out: {exception.GetType().Name}: {exception.Message}");
            }
            finally
            {
                _building.Remove(projectPath);
            }

            _images[projectPath] = image;
            return image;
        }
    }
}
