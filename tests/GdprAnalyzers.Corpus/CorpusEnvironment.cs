using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

using GdprAnalyzers.Measurement;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// What the runner compiles against and which analyzers it runs: the SDK's .NET 10 reference packs (no package
    /// restore), GdprAnalyzers (this build), the SDK's NetAnalyzers and Meziantou.Analyzer (the performance benchmark's
    /// set, tests/GdprAnalyzers.Benchmarks).
    /// </summary>
    public static class CorpusEnvironment
    {
        /// <summary>The NetAnalyzers rule of the Microsoft.Extensions.Logging analyzer (LoggerMessageDefineAnalyzer).</summary>
        public const string LoggingRule = "CA1848";

        /// <summary>The option of GdprAnalyzers' opt-in mode, run off and on.</summary>
        public const string ProbableOption = "gdpr.probable_personal_data_in_flows";

        /// <summary>The rules of the other packages turned on as warnings, as in the performance benchmark.</summary>
        public static ImmutableArray<string> ComparedRules { get; } = ImmutableArray.Create("CA1848", "CA2254", "MA0153");

        /// <summary>The host compiler's version (the package this program references).</summary>
        public static string RoslynVersion { get; } =
            (FileVersionInfo.GetVersionInfo(typeof(CSharpCompilation).Assembly.Location).ProductVersion ?? "?").Split('+')[0];

        /// <summary>The implicit global usings of Microsoft.NET.Sdk.</summary>
        public static ImmutableArray<string> SdkImplicitUsings { get; } = ImmutableArray.Create(
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks");

        /// <summary>The implicit global usings the Web SDK adds.</summary>
        public static ImmutableArray<string> WebImplicitUsings { get; } = ImmutableArray.Create(
            "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
            "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging");

        /// <summary>The implicit global usings the Worker and Blazor WebAssembly SDKs add.</summary>
        public static ImmutableArray<string> HostingImplicitUsings { get; } = ImmutableArray.Create(
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging");

        /// <summary>The preprocessor symbols of a Debug build for net10.0.</summary>
        public static ImmutableArray<string> PreprocessorSymbols { get; } = ImmutableArray.Create("DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP")
            .AddRange(Enumerable.Range(5, 6).Select(major => $"NET{major}_0_OR_GREATER"))
            .AddRange(new[] { "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER" });

        /// <summary>The reference assemblies of Microsoft.NETCore.App and Microsoft.AspNetCore.App, from the packs folder of
        /// the SDK that built this program (else of the running dotnet), newest 10.x pack; and GdprAnalyzers' annotations
        /// library, which the package adds to the projects that install it.</summary>
        public static ImmutableArray<string> ReferencePaths()
        {
            string packs = PacksFolder();
            return ImmutableArray.CreateRange(new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
                .SelectMany(pack => Directory.EnumerateFiles(PackFolder(packs, pack), "*.dll"))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Append(typeof(GdprAnalyzers.Annotations.PersonalDataAttribute).Assembly.Location));
        }

        /// <summary>The reference packs used, for the report (e.g. <c>Microsoft.NETCore.App.Ref 10.0.12</c>).</summary>
        public static string DescribeReferencePacks()
        {
            string packs = PacksFolder();
            return string.Join(", ", new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
                .Select(pack => pack + " " + Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(PackFolder(packs, pack)))!)));
        }

        /// <summary>GdprAnalyzers' analyzers, one instance of each type.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> GdprAnalyzers() => AnalyzerSet.GdprAnalyzers();

        /// <summary>Whether <paramref name="analyzer"/> is one of GdprAnalyzers'.</summary>
        public static bool IsGdpr(DiagnosticAnalyzer analyzer) => analyzer.GetType().Assembly == typeof(PersonalDataLoggedAnalyzer).Assembly;

        /// <summary>The SDK's NetAnalyzers (the language-neutral and the C# assembly), C# analyzers only.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers() => AnalyzerSet.NetAnalyzers(Metadata("NetSdkAnalyzersFolder"));

        /// <summary>Meziantou.Analyzer, from the package folder built for the newest Roslyn not newer than the host.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> MeziantouAnalyzers() => AnalyzerSet.MeziantouAnalyzers(Metadata("MeziantouAnalyzerFolder"));

        /// <summary>An analyzer assembly's product version, for the report.</summary>
        public static string VersionOf(DiagnosticAnalyzer analyzer)
        {
            string location = analyzer.GetType().Assembly.Location;
            string? version = location.Length > 0 ? FileVersionInfo.GetVersionInfo(location).ProductVersion : null;
            return (version ?? analyzer.GetType().Assembly.GetName().Version?.ToString() ?? "?").Split('+')[0];
        }

        /// <summary>The analyzers a command-line build would run with these options, as the benchmark does
        /// (<see cref="AnalyzerSet.RunInBuild"/>).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> RunInBuild(IEnumerable<DiagnosticAnalyzer> analyzers, CSharpCompilationOptions options) =>
            AnalyzerSet.RunInBuild(analyzers, options);

        /// <summary>The rules turned on as warnings: the compared rules and every GdprAnalyzers rule (its info rules
        /// GDPR005, GDPR007 and GDPR101-104 included).</summary>
        public static ImmutableDictionary<string, ReportDiagnostic> WarningRules(IEnumerable<DiagnosticAnalyzer> gdpr) =>
            ComparedRules
                .Concat(gdpr.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);

        /// <summary>The peak resident set of this process (Linux <c>VmHWM</c>), else the peak working set.</summary>
        public static long PeakMemoryBytes()
        {
            try
            {
                if (File.Exists("/proc/self/status"))
                {
                    string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                    if (line != null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out long kib))
                    {
                        return kib * 1024;
                    }
                }
            }
            catch (IOException)
            {
                // Fall back to what the runtime says.
            }

            using Process self = Process.GetCurrentProcess();
            return self.PeakWorkingSet64;
        }

        /// <summary>Resets the peak resident set on Linux (<c>/proc/self/clear_refs</c>), so that the next
        /// <see cref="PeakMemoryBytes"/> is the peak since now; returns whether it could.</summary>
        public static bool ResetPeakMemory()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                return false;
            }

            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>The repository this program was built from.</summary>
        public static string RepositoryRoot => Metadata("RepositoryRoot");

        /// <summary>The corpus beside the repository: <c>../shared/corpus</c> from its root.</summary>
        public static string DefaultCorpusFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

        private static string PacksFolder()
        {
            string baked = Metadata("TargetingPackRoot");
            if (Directory.Exists(baked))
            {
                return baked;
            }

            // The running dotnet: <root>/shared/Microsoft.NETCore.App/<version>/.
            string runtime = RuntimeEnvironment.GetRuntimeDirectory();
            string root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
            return Path.Combine(root, "packs");
        }

        private static string PackFolder(string packs, string pack)
        {
            string folder = Path.Combine(packs, pack);
            string? version = Directory.Exists(folder)
                ? Directory.GetDirectories(folder)
                    .Select(Path.GetFileName)
                    .Where(name => name != null && name.StartsWith("10.", StringComparison.Ordinal) && Version.TryParse(name.Split('-')[0], out _))
                    .OrderByDescending(name => Version.Parse(name!.Split('-')[0]))
                    .FirstOrDefault()
                : null;
            string refs = Path.Combine(folder, version ?? "?", "ref", "net10.0");
            return Directory.Exists(refs)
                ? refs
                : throw new DirectoryNotFoundException($"No .NET 10 reference pack '{pack}' under '{packs}' (the SDK's packs folder).");
        }

        internal static string Metadata(string key) =>
            typeof(CorpusEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing from the runner's build.");
    }
}
