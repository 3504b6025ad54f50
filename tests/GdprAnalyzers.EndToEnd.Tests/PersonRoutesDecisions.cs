using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// Stands for a person who, in the IDE, applies GDPR004's "Route through human review (PendingDecision.Hold)" to each
    /// automated decision: the sample's sources are loaded into a Roslyn workspace with the references of the real build,
    /// <see cref="AutomatedDecisionAnalyzer"/> reports the decisions, <see cref="AutomatedDecisionCodeFixProvider"/>
    /// offers its actions, and the action with <see cref="AutomatedDecisionCodeFixProvider.RouteKey"/> is applied, one
    /// finding at a time (the findings are computed again after each fix, as the IDE does), and the changed files are
    /// written back. <c>dotnet format</c> does not apply this fix: how decisions are reviewed is the controller's choice.
    /// </summary>
    internal static class PersonRoutesDecisions
    {
        public const string RuleId = "GDPR004";

        /// <summary>What <c>dotnet msbuild -getProperty -getItem</c> tells about the project: how the compiler sees it.</summary>
        public sealed class BuildInputs
        {
            public BuildInputs(
                string assemblyName,
                OutputKind outputKind,
                LanguageVersion languageVersion,
                NullableContextOptions nullable,
                IReadOnlyList<string> preprocessorSymbols,
                IReadOnlyList<string> sourceFiles,
                IReadOnlyList<string> references)
            {
                AssemblyName = assemblyName;
                OutputKind = outputKind;
                LanguageVersion = languageVersion;
                Nullable = nullable;
                PreprocessorSymbols = preprocessorSymbols;
                SourceFiles = sourceFiles;
                References = references;
            }

            public string AssemblyName { get; }

            public OutputKind OutputKind { get; }

            public LanguageVersion LanguageVersion { get; }

            public NullableContextOptions Nullable { get; }

            public IReadOnlyList<string> PreprocessorSymbols { get; }

            /// <summary>The <c>Compile</c> items that exist on disk, full paths.</summary>
            public IReadOnlyList<string> SourceFiles { get; }

            /// <summary><c>ReferencePathWithRefAssemblies</c>: what the compiler gets as <c>/reference:</c>.</summary>
            public IReadOnlyList<string> References { get; }

            /// <summary>The <c>dotnet msbuild</c> arguments whose JSON output <see cref="Parse"/> reads.</summary>
            public static string[] MsBuildArguments(string project) => new[]
            {
                "msbuild", project, "-nologo",
                "-t:FindReferenceAssembliesForReferences",
                "-getProperty:AssemblyName", "-getProperty:OutputType", "-getProperty:LangVersion", "-getProperty:Nullable",
                "-getProperty:DefineConstants",
                "-getItem:Compile", "-getItem:ReferencePathWithRefAssemblies",
            };

            public static BuildInputs Parse(string json, string projectFolder)
            {
                using JsonDocument document = JsonDocument.Parse(json);
                JsonElement properties = document.RootElement.GetProperty("Properties");
                JsonElement items = document.RootElement.GetProperty("Items");
                string Property(string name) => properties.TryGetProperty(name, out JsonElement value) ? value.GetString() ?? "" : "";
                IEnumerable<string> Item(string name) => items.GetProperty(name).EnumerateArray()
                    .Select(item => item.GetProperty("Identity").GetString() ?? "");

                string langVersion = Property("LangVersion");
                if (!LanguageVersionFacts.TryParse(langVersion.Length == 0 ? "default" : langVersion, out LanguageVersion version))
                {
                    throw new InvalidOperationException($"Unknown LangVersion '{langVersion}'.");
                }

                OutputKind outputKind = Property("OutputType").ToUpperInvariant() switch
                {
                    "EXE" => OutputKind.ConsoleApplication,
                    "WINEXE" => OutputKind.WindowsApplication,
                    _ => OutputKind.DynamicallyLinkedLibrary,
                };
                NullableContextOptions nullable = Property("Nullable").ToUpperInvariant() switch
                {
                    "ENABLE" => NullableContextOptions.Enable,
                    "WARNINGS" => NullableContextOptions.Warnings,
                    "ANNOTATIONS" => NullableContextOptions.Annotations,
                    _ => NullableContextOptions.Disable,
                };
                string[] symbols = Property("DefineConstants").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                string[] sources = Item("Compile")
                    .Select(file => Path.GetFullPath(file, projectFolder))
                    .Where(File.Exists)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                string[] references = Item("ReferencePathWithRefAssemblies").Distinct(StringComparer.Ordinal).ToArray();
                return new BuildInputs(Property("AssemblyName"), outputKind, version, nullable, symbols, sources, references);
            }
        }

        /// <summary>One applied fix: the file, the line where the finding is after the fix (lines added above it, such as
        /// a using directive, move it), the action's title and that line as the fix left it.</summary>
        public sealed record AppliedFix(string File, int Line, string Title, string FixedLine);

        /// <summary>
        /// Applies "Route through human review" to every GDPR004 finding of the project, as a person would, and writes the
        /// changed files back. Fails when the workspace does not compile (wrong references) or a finding has no such fix.
        /// </summary>
        public static async Task<IReadOnlyList<AppliedFix>> ApplyAsync(string projectFolder, BuildInputs inputs, CancellationToken cancellationToken)
        {
            using var workspace = new AdhocWorkspace();
            var parseOptions = new CSharpParseOptions(inputs.LanguageVersion, preprocessorSymbols: inputs.PreprocessorSymbols);
            Project added = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                inputs.AssemblyName,
                inputs.AssemblyName,
                LanguageNames.CSharp,
                filePath: Directory.EnumerateFiles(projectFolder, "*.csproj").FirstOrDefault(),
                compilationOptions: new CSharpCompilationOptions(inputs.OutputKind, nullableContextOptions: inputs.Nullable),
                parseOptions: parseOptions,
                metadataReferences: inputs.References.Select(path => MetadataReference.CreateFromFile(path))));
            ProjectId projectId = added.Id;

            var originals = new Dictionary<DocumentId, (string Path, SourceText Text, bool Bom)>();
            foreach (string path in inputs.SourceFiles)
            {
                byte[] bytes = File.ReadAllBytes(path);
                bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                SourceText text = SourceText.From(new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)), Encoding.UTF8);
                DocumentId id = DocumentId.CreateNewId(projectId, Path.GetFileName(path));
                workspace.AddDocument(DocumentInfo.Create(
                    id,
                    Path.GetFileName(path),
                    folders: Path.GetDirectoryName(Path.GetRelativePath(projectFolder, path)) is { Length: > 0 } folder ? folder.Split(Path.DirectorySeparatorChar) : null,
                    loader: TextLoader.From(TextAndVersion.Create(text, VersionStamp.Create(), path)),
                    filePath: path));
                originals.Add(id, (path, text, bom));
            }

            var provider = new AutomatedDecisionCodeFixProvider();
            var applied = new List<AppliedFix>();
            int? previousCount = null;
            while (true)
            {
                Project project = workspace.CurrentSolution.GetProject(projectId)!;
                Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
                Diagnostic[] errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                if (errors.Length > 0)
                {
                    throw new InvalidOperationException(
                        (applied.Count == 0 ? "The sample does not compile in the workspace (references?):" : "The sample does not compile after the fixes:")
                        + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20).Select(d => "  " + d)));
                }

                CompilationWithAnalyzers analysis = compilation.WithAnalyzers(
                    ImmutableArray.Create<DiagnosticAnalyzer>(new AutomatedDecisionAnalyzer()),
                    new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
                ImmutableArray<Diagnostic> all = await analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
                Diagnostic[] findings = all.Where(d => d.Id == RuleId)
                    .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.SourceSpan.Start)
                    .ToArray();
                if (findings.Length == 0)
                {
                    break;
                }

                if (previousCount is int before && findings.Length >= before)
                {
                    throw new InvalidOperationException(
                        $"The fix did not remove a {RuleId} finding; still {findings.Length}:" + Environment.NewLine + string.Join(Environment.NewLine, findings.Select(d => "  " + d)));
                }

                previousCount = findings.Length;

                // The first finding, as a person goes through the list: its light bulb, the route action, applied.
                Diagnostic finding = findings[0];
                Document document = project.GetDocument(finding.Location.SourceTree!)
                    ?? throw new InvalidOperationException($"No document for {finding}.");
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, finding, (action, _) => actions.Add(action), cancellationToken);
                await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                CodeAction route = actions.SingleOrDefault(action => action.EquivalenceKey == AutomatedDecisionCodeFixProvider.RouteKey)
                    ?? throw new InvalidOperationException(
                        $"No \"Route through human review\" for {finding}; offered: {string.Join(", ", actions.Select(action => $"'{action.Title}' ({action.EquivalenceKey})"))}.");
                foreach (CodeActionOperation operation in await route.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    operation.Apply(workspace, cancellationToken);
                }

                // Where the finding is now: its position moved by the changes before it (an added using, for one).
                SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                SourceText changedText = await workspace.CurrentSolution.GetDocument(document.Id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                int position = finding.Location.SourceSpan.Start;
                int moved = position;
                foreach (TextChange change in changedText.GetTextChanges(text))
                {
                    if (change.Span.End <= position)
                    {
                        moved += (change.NewText?.Length ?? 0) - change.Span.Length;
                    }
                }

                TextLine line = changedText.Lines.GetLineFromPosition(moved);
                applied.Add(new AppliedFix(
                    Path.GetRelativePath(projectFolder, document.FilePath!).Replace('\\', '/'),
                    line.LineNumber + 1,
                    route.Title,
                    line.ToString()));
            }

            // Back to disk: the files the fixes changed, in their encoding (with or without a byte order mark).
            foreach ((DocumentId id, (string path, SourceText original, bool bom)) in originals)
            {
                SourceText text = await workspace.CurrentSolution.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (!text.ContentEquals(original))
                {
                    File.WriteAllText(path, text.ToString(), new UTF8Encoding(bom));
                }
            }

            return applied;
        }
    }
}
