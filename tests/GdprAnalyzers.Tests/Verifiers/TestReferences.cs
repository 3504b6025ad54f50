using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GdprAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// What test code compiles against: the .NET 8 reference assemblies, the real logging, Identity and Compliance
    /// packages (versions in the test project file), and the GdprAnalyzers annotations. Packages are resolved from the
    /// machine's NuGet package folder only, through a NuGet config with no other source, so a missing package fails the
    /// test instead of being left out silently (TOOLCHAIN.md).
    /// </summary>
    internal static class TestReferences
    {
        private static readonly Lazy<string> LazyOfflineConfig = new(CreateOfflineConfig);
        private static readonly Lazy<ReferenceAssemblies> LazyWithPackages = new(CreateWithPackages);

        /// <summary>.NET 8 plus every test reference package.</summary>
        public static ReferenceAssemblies Net80WithPackages => LazyWithPackages.Value;

        /// <summary>.NET 8 with ASP.NET Core's shared framework (reference pack 8.0.0), resolved offline.</summary>
        public static ReferenceAssemblies Net80AspNetCore =>
            Net80.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0")));

        /// <summary>.NET 8 with ASP.NET Core's shared framework and every test reference package (EF Core with the hosting
        /// environment, for instance).</summary>
        public static ReferenceAssemblies Net80AspNetCoreWithPackages =>
            Net80WithPackages.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0")));

        /// <summary>.NET 8 alone (no logging library), resolved offline like the packages.</summary>
        public static ReferenceAssemblies Net80 => ReferenceAssemblies.Net.Net80.WithNuGetConfigFilePath(LazyOfflineConfig.Value);

        /// <summary>The annotations library users write against.</summary>
        public static MetadataReference Annotations { get; } =
            MetadataReference.CreateFromFile(typeof(GdprAnalyzers.Annotations.Redact).Assembly.Location);

        /// <summary>The repository's root folder (from the build).</summary>
        public static string RepositoryRoot => Metadata("RepositoryRoot");

        private static ReferenceAssemblies CreateWithPackages()
        {
            ImmutableArray<PackageIdentity> packages = Metadata("TestReferencePackages")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(entry => entry.Split('/'))
                .Select(parts => new PackageIdentity(parts[0], parts[1]))
                .ToImmutableArray();

            return ReferenceAssemblies.Net.Net80.AddPackages(packages).WithNuGetConfigFilePath(LazyOfflineConfig.Value);
        }

        /// <summary>
        /// A NuGet config whose only source is the package folder this test project was restored into, and which names
        /// that folder as the global package folder too (the Testing library also looks there), so that a package
        /// missing from it is not found elsewhere. (The library also keeps copies of what it resolved under
        /// <c>$TMPDIR/test-packages</c> and reuses them; .ci/run gives each run a new TMPDIR.)
        /// </summary>
        private static string CreateOfflineConfig() =>
            GdprAnalyzers.Benchmarks.BenchmarkEnvironment.WriteOfflineConfig(Metadata("NuGetPackageRoot"), "gdpr-analyzers-tests");

        private static string Metadata(string key) =>
            typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing from the test build.");
    }
}
