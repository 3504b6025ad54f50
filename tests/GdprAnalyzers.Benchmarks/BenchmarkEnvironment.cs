using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

using GdprAnalyzers.Measurement;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>
    /// What the benchmark compiles against and which analyzers it runs: .NET 8 and the reference packages (resolved
    /// offline from the machine's package folder, as the tests do), GdprAnalyzers (this build), the SDK's NetAnalyzers
    /// (from the SDK that built this program) and Meziantou.Analyzer (from its package, the folder for this Roslyn).
    /// </summary>
    public static class BenchmarkEnvironment
    {
        /// <summary>The NetAnalyzers rules of the Microsoft.Extensions.Logging analyzer (one analyzer class).</summary>
        public const string LoggingRule = "CA1848";

        /// <summary>Meziantou's rule on logging classified data.</summary>
        public const string ClassifiedLoggingRule = "MA0153";

        /// <summary>The rules compared, turned on as warnings in every run (a user who wants them would).</summary>
        public static ImmutableArray<string> ComparedRules { get; } = ImmutableArray.Create("CA1848", "CA2254", "MA0153");

        /// <summary>The Roslyn version this program runs (the host compiler).</summary>
        public static Version RoslynVersion { get; } = typeof(CSharpCompilation).Assembly.GetName().Version!;

        /// <summary>.NET 8, the reference packages and the annotations, as file paths.</summary>
        public static async Task<ImmutableArray<string>> ResolveReferencePathsAsync(CancellationToken cancellationToken)
        {
            ImmutableArray<PackageIdentity> packages = Metadata("BenchmarkReferencePackages")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(entry => entry.Split('/'))
                .Select(parts => new PackageIdentity(parts[0], parts[1]))
                .ToImmutableArray();
            ReferenceAssemblies assemblies = ReferenceAssemblies.Net.Net80.AddPackages(packages).WithNuGetConfigFilePath(OfflineConfig());
            ImmutableArray<MetadataReference> resolved = await assemblies.ResolveAsync(LanguageNames.CSharp, cancellationToken).ConfigureAwait(false);
            ImmutableArray<string> paths = resolved
                .OfType<PortableExecutableReference>()
                .Select(reference => reference.FilePath!)
                .Append(typeof(GdprAnalyzers.Annotations.Redact).Assembly.Location)
                .ToImmutableArray();
            foreach (PackageIdentity package in packages)
            {
                // ReferenceAssemblies can leave a package out silently (TOOLCHAIN.md): fail loudly instead. It copies
                // each package to its own cache as "<id>.<version>".
                string folder = Path.DirectorySeparatorChar + package.Id + "." + package.Version + Path.DirectorySeparatorChar;
                if (!paths.Any(path => path.Contains(folder, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new InvalidOperationException($"Reference package {package.Id} {package.Version} was not resolved.");
                }
            }

            return paths;
        }

        /// <summary>Metadata references for <paramref name="paths"/>.</summary>
        public static ImmutableArray<MetadataReference> CreateReferences(IEnumerable<string> paths) =>
            paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();

        /// <summary>GdprAnalyzers' analyzers, one instance of each type.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> GdprAnalyzers() => AnalyzerSet.GdprAnalyzers();

        /// <summary>The SDK's NetAnalyzers (the language-neutral and the C# assembly), C# analyzers only.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers() => AnalyzerSet.NetAnalyzers(Metadata("NetSdkAnalyzersFolder"));

        /// <summary>Meziantou.Analyzer, from the package folder built for the newest Roslyn not newer than this one.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> MeziantouAnalyzers() => AnalyzerSet.MeziantouAnalyzers(Metadata("MeziantouAnalyzerFolder"));

        /// <summary>Where the Meziantou build that <see cref="MeziantouAnalyzers"/> loads comes from, for the report.</summary>
        public static string Describe(DiagnosticAnalyzer analyzer) => analyzer.GetType().Assembly.GetName().Name + " " + analyzer.GetType().Assembly.GetName().Version;

        /// <summary>The analyzers a command-line build would run with these options (<see cref="AnalyzerSet.RunInBuild"/>).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> RunInBuild(IEnumerable<DiagnosticAnalyzer> analyzers, CSharpCompilationOptions options) =>
            AnalyzerSet.RunInBuild(analyzers, options);

        /// <summary>The analyzers that support <paramref name="id"/>.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Supporting(IEnumerable<DiagnosticAnalyzer> analyzers, string id) =>
            analyzers.Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == id)).ToImmutableArray();

        /// <summary>The compilation options of every benchmark compilation: a library, nullable on, the compared rules
        /// and GdprAnalyzers' rules as warnings, everything else at its default.</summary>
        public static CSharpCompilationOptions CompilationOptions(IEnumerable<DiagnosticAnalyzer> gdpr)
        {
            ImmutableDictionary<string, ReportDiagnostic> specific = ComparedRules
                .Concat(gdpr.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
            return new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release,
                specificDiagnosticOptions: specific,
                concurrentBuild: true);
        }

        /// <summary>As the tests' offline config: the package folder this program was restored into is the only source
        /// and the global package folder.</summary>
        private static string OfflineConfig() => WriteOfflineConfig(Metadata("NuGetPackageRoot"), "gdpr-analyzers-benchmarks");

        /// <summary>
        /// Writes a NuGet config whose only source is <paramref name="packageRoot"/>, which it also names as the global
        /// package folder (the Testing library looks there too), so that a package missing from it is not found elsewhere.
        /// The file is <c>$TMPDIR/<paramref name="folderName"/>/offline-HASH.nuget.config</c>, one per package folder,
        /// written whole and then renamed: runs that restored into other folders (another work tree,
        /// <c>NUGET_PACKAGES</c>) may share the temporary folder at the same time. Returns the file's path.
        /// </summary>
        public static string WriteOfflineConfig(string packageRoot, string folderName)
        {
            packageRoot = Path.TrimEndingDirectorySeparator(packageRoot);
            string folder = Path.Combine(Path.GetTempPath(), folderName);
            Directory.CreateDirectory(folder);
            string name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(packageRoot)))[..16];
            string config = Path.Combine(folder, $"offline-{name}.nuget.config");
            string written = config + "." + Guid.NewGuid().ToString("N");
            new XDocument(
                new XElement(
                    "configuration",
                    new XElement("config", Add("globalPackagesFolder", packageRoot)),
                    new XElement("packageSources", new XElement("clear"), Add("machine-packages", packageRoot))))
                .Save(written);
            File.Move(written, config, overwrite: true);
            return config;

            static XElement Add(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
        }

        private static string Metadata(string key) =>
            typeof(BenchmarkEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing from the benchmark build.");
    }
}
