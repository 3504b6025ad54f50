using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Measurement
{
    /// <summary>
    /// The realistic analyzer set that the performance benchmark and the corpus runner measure GdprAnalyzers in:
    /// GdprAnalyzers (this build), the SDK's NetAnalyzers and Meziantou.Analyzer, loaded into the host's Roslyn, and
    /// which of them a command-line build would run. One source file, compiled into both programs (they run different
    /// Roslyn versions, so neither can reference the other).
    /// </summary>
    internal static class AnalyzerSet
    {
        /// <summary>GdprAnalyzers' analyzers, one instance of each type.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> GdprAnalyzers() =>
            typeof(PersonalDataLoggedAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();

        /// <summary>The SDK's NetAnalyzers (the language-neutral and the C# assembly) from <paramref name="folder"/>, C#
        /// analyzers only.</summary>
        /// <exception cref="FileNotFoundException">An assembly is missing.</exception>
        public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers(string folder) =>
            Load(
                Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll"),
                Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"));

        /// <summary>Meziantou.Analyzer from its package folder, the build for the newest Roslyn not newer than the host's
        /// (<c>analyzers/dotnet/roslynX.Y/cs</c>).</summary>
        /// <exception cref="InvalidOperationException">The package has no build for the host's Roslyn.</exception>
        public static ImmutableArray<DiagnosticAnalyzer> MeziantouAnalyzers(string packageFolder)
        {
            Version host = typeof(CSharpCompilation).Assembly.GetName().Version!;
            string dotnet = Path.Combine(packageFolder, "analyzers", "dotnet");
            string? best = Directory.GetDirectories(dotnet, "roslyn*")
                .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path)["roslyn".Length..], out Version? v) ? v : null))
                .Where(candidate => candidate.Version != null && candidate.Version <= host)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Path)
                .FirstOrDefault();
            return best is null
                ? throw new InvalidOperationException($"Meziantou.Analyzer has no build for Roslyn {host} under '{dotnet}'.")
                : Load(Path.Combine(best, "cs", "Meziantou.Analyzer.dll"));
        }

        /// <summary>
        /// The analyzers a command-line build would run with these options: the compiler skips an analyzer whose every
        /// diagnostic is hidden, info (without an error log) or off, so such analyzers are left out here too.
        /// </summary>
        public static ImmutableArray<DiagnosticAnalyzer> RunInBuild(IEnumerable<DiagnosticAnalyzer> analyzers, CSharpCompilationOptions options) =>
            analyzers.Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => Effective(descriptor, options) is ReportDiagnostic.Warn or ReportDiagnostic.Error))
                .ToImmutableArray();

        private static ReportDiagnostic Effective(DiagnosticDescriptor descriptor, CSharpCompilationOptions options)
        {
            if (options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out ReportDiagnostic configured) && configured != ReportDiagnostic.Default)
            {
                return configured;
            }

            if (!descriptor.IsEnabledByDefault)
            {
                return ReportDiagnostic.Suppress;
            }

            return descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => ReportDiagnostic.Error,
                DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
                DiagnosticSeverity.Info => ReportDiagnostic.Info,
                _ => ReportDiagnostic.Hidden,
            };
        }

        private static ImmutableArray<DiagnosticAnalyzer> Load(params string[] paths)
        {
            var loader = new LoadFromLoader();
            var result = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (string path in paths)
            {
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException("Analyzer assembly not found.", path);
                }

                var reference = new AnalyzerFileReference(path, loader);
                reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException($"Loading analyzers from '{path}' failed: {e.Message}", e.Exception);
                result.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            return result.ToImmutable();
        }

        /// <summary>Loads analyzer assemblies into the default context (their Roslyn references bind to the host's).</summary>
        private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
