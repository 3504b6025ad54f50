using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Runs every analyzer of the analyzer assembly over a compilation through <see cref="CompilationWithAnalyzers"/>,
    /// as the compiler does, and captures the exceptions analyzers throw instead of letting them become AD0001.
    /// </summary>
    internal static class AnalyzerHarness
    {
        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> LazyReferences = new(() => ResolveReferencesAsync(TestReferences.Net80WithPackages));

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> LazyAspNetCoreReferences = new(() => ResolveReferencesAsync(TestReferences.Net80AspNetCoreWithPackages));

        /// <summary>C# as the test code is written: the newest version this compiler knows.</summary>
        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        /// <summary>One instance of each <see cref="DiagnosticAnalyzer"/> type of the analyzer assembly, made by reflection.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> CreateAllAnalyzers() =>
            AnalyzerTypes().Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();

        /// <summary>The concrete analyzer types of the analyzer assembly that carry <see cref="DiagnosticAnalyzerAttribute"/>.</summary>
        public static ImmutableArray<Type> AnalyzerTypes() =>
            typeof(PersonalDataLoggedAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>.NET 8, the test reference packages and the annotations library, as metadata references.</summary>
        public static Task<ImmutableArray<MetadataReference>> GetReferencesAsync() => LazyReferences.Value;

        /// <summary>As <see cref="GetReferencesAsync"/>, with ASP.NET Core's shared framework (reference pack 8.0.0).</summary>
        public static Task<ImmutableArray<MetadataReference>> GetAspNetCoreReferencesAsync() => LazyAspNetCoreReferences.Value;

        /// <summary>Whether code imports a namespace of ASP.NET Core's shared framework (<c>Microsoft.AspNetCore.Mvc</c>,
        /// <c>.Http</c>, <c>.Builder</c>...; not <c>Microsoft.AspNetCore.Identity</c>, which the Identity packages
        /// give): a benchmark case or a rule page's example that does is compiled with ASP.NET Core, the others without
        /// it (whether ASP.NET Core is referenced changes what some rules report: the console is a log there).</summary>
        public static bool UsesAspNetCore(SyntaxTree tree) =>
            tree.GetRoot().DescendantNodes(node => node is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax)
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax>()
                .Any(directive => directive.Name?.ToString() is { } name
                    && name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
                    && !name.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal));

        /// <summary>A compilation of <paramref name="trees"/> against <see cref="GetReferencesAsync"/>, or
        /// <see cref="GetAspNetCoreReferencesAsync"/> when one of them <see cref="UsesAspNetCore"/>.</summary>
        public static async Task<CSharpCompilation> CreateCompilationAsync(string name, IEnumerable<SyntaxTree> trees)
        {
            ImmutableArray<SyntaxTree> all = trees.ToImmutableArray();
            ImmutableArray<MetadataReference> references = all.Any(UsesAspNetCore)
                ? await GetAspNetCoreReferencesAsync().ConfigureAwait(false)
                : await GetReferencesAsync().ConfigureAwait(false);
            bool hasTopLevelStatements = all.Any(tree => tree.GetRoot().ChildNodes().Any(node => node.IsKind(SyntaxKind.GlobalStatement)));
            var options = new CSharpCompilationOptions(
                hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable);
            return CSharpCompilation.Create(name, all, references, options);
        }

        /// <summary>Runs <paramref name="analyzers"/> over <paramref name="compilation"/> and returns the analyzer
        /// diagnostics together with every exception an analyzer threw.</summary>
        public static Task<HarnessResult> AnalyzeAsync(
            Compilation compilation,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            AnalyzerOptions options,
            CancellationToken cancellationToken = default)
        {
            return RunAsync(compilation, analyzers, options, (run, token) => run.GetAnalyzerDiagnosticsAsync(token), cancellationToken);
        }

        /// <summary>Like <see cref="AnalyzeAsync"/>, with the compiler's own diagnostics in the same pass (cheaper than
        /// <see cref="Compilation.GetDiagnostics"/> followed by an analysis, which binds every method body twice).</summary>
        public static Task<HarnessResult> AnalyzeWithCompilerDiagnosticsAsync(
            Compilation compilation,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            AnalyzerOptions options,
            CancellationToken cancellationToken = default)
        {
            return RunAsync(compilation, analyzers, options, (run, token) => run.GetAllDiagnosticsAsync(token), cancellationToken);
        }

        /// <summary>Like <see cref="AnalyzeAsync"/>, for one tree of the compilation only: its syntax and semantic
        /// analyzer diagnostics (compilation-start actions still run), so that a variant of one file of a large project
        /// does not pay for analysing the others again.</summary>
        public static Task<HarnessResult> AnalyzeTreeAsync(
            Compilation compilation,
            SyntaxTree tree,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            AnalyzerOptions options,
            CancellationToken cancellationToken = default)
        {
            return RunAsync(
                compilation,
                analyzers,
                options,
                async (run, token) =>
                {
                    ImmutableArray<Diagnostic> syntax = await run.GetAnalyzerSyntaxDiagnosticsAsync(tree, token).ConfigureAwait(false);
                    ImmutableArray<Diagnostic> semantic = await run
                        .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, token)
                        .ConfigureAwait(false);
                    return syntax.AddRange(semantic);
                },
                cancellationToken);
        }

        /// <summary>Runs <paramref name="analyzers"/> with every analyzer exception collected, asking for diagnostics
        /// with <paramref name="collect"/>.</summary>
        private static async Task<HarnessResult> RunAsync(
            Compilation compilation,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            AnalyzerOptions options,
            Func<CompilationWithAnalyzers, CancellationToken, Task<ImmutableArray<Diagnostic>>> collect,
            CancellationToken cancellationToken)
        {
            var exceptions = new ConcurrentQueue<AnalyzerFailure>();
            var withAnalyzersOptions = new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(new AnalyzerFailure(analyzer, exception, diagnostic)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = new CompilationWithAnalyzers(compilation, analyzers, withAnalyzersOptions);
            ImmutableArray<Diagnostic> diagnostics = await collect(withAnalyzers, cancellationToken).ConfigureAwait(false);
            return new HarnessResult(diagnostics, exceptions.ToImmutableArray());
        }

        /// <summary>One document of C# code in a fresh workspace compiled against <see cref="GetReferencesAsync"/>
        /// (a console program when it has top-level <c>await</c>), for code-fix tests over the corpus.</summary>
        public static async Task<Document> CreateDocumentAsync(string name, string code)
        {
            var workspace = new AdhocWorkspace();
            ProjectInfo project = ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                "Corpus",
                "Corpus",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(
                    code.Contains("await Task.Delay", StringComparison.Ordinal) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: ParseOptions,
                metadataReferences: await GetReferencesAsync());
            Solution solution = workspace.CurrentSolution.AddProject(project);
            DocumentId documentId = DocumentId.CreateNewId(project.Id);
            solution = solution.AddDocument(documentId, name, Microsoft.CodeAnalysis.Text.SourceText.From(code));
            return solution.GetDocument(documentId)!;
        }

        /// <summary>The diagnostics with <paramref name="id"/> that <paramref name="analyzer"/> reports on the document's
        /// project; fails the test on an analyzer exception.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzeDocumentAsync(Document document, DiagnosticAnalyzer analyzer, string id)
        {
            Compilation compilation = (await document.Project.GetCompilationAsync())!;
            HarnessResult result = await AnalyzeAsync(compilation, ImmutableArray.Create(analyzer), OptionsWith(new Dictionary<string, string>()));
            Xunit.Assert.Empty(result.Failures);
            return result.Diagnostics.Where(d => d.Id == id).ToImmutableArray();
        }

        /// <summary>Analyzer options whose .editorconfig / .globalconfig values are <paramref name="values"/> for every tree.</summary>
        public static AnalyzerOptions OptionsWith(IReadOnlyDictionary<string, string> values) =>
            new(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(values));

        private static async Task<ImmutableArray<MetadataReference>> ResolveReferencesAsync(Microsoft.CodeAnalysis.Testing.ReferenceAssemblies referenceAssemblies)
        {
            ImmutableArray<MetadataReference> resolved = await referenceAssemblies
                .ResolveAsync(LanguageNames.CSharp, CancellationToken.None)
                .ConfigureAwait(false);
            return resolved.Add(TestReferences.Annotations);
        }

        private sealed class FixedOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly FixedOptions options;

            public FixedOptionsProvider(IReadOnlyDictionary<string, string> values)
            {
                options = new FixedOptions(values);
            }

            public override AnalyzerConfigOptions GlobalOptions => options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
        }

        private sealed class FixedOptions : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> values;

            public FixedOptions(IReadOnlyDictionary<string, string> values)
            {
                this.values = values;
            }

            public override bool TryGetValue(string key, out string value)
            {
                if (values.TryGetValue(key, out string? found))
                {
                    value = found;
                    return true;
                }

                value = null!;
                return false;
            }
        }
    }

    /// <summary>What one analysis gave.</summary>
    internal sealed record HarnessResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<AnalyzerFailure> Failures);

    /// <summary>An exception thrown by an analyzer, with the AD0001 diagnostic the compiler would have made of it.</summary>
    internal sealed record AnalyzerFailure(DiagnosticAnalyzer Analyzer, Exception Exception, Diagnostic Diagnostic)
    {
        public override string ToString() => $"{Analyzer.GetType().Name}: {Exception}";
    }
}
