using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// The few NuGet packages the runner gives to corpus projects (restored with the runner, never with the corpus):
    /// those the corpus uses most whose types the analyzers model. A project gets a package's assemblies when it, or a
    /// project it references, has a <c>PackageReference</c> that brings the package (e.g. <c>Npgsql.EntityFrameworkCore.PostgreSQL</c>
    /// brings EF Core).
    /// </summary>
    public static class CorpusPackages
    {
        private static readonly string[] Frameworks = { "net10.0", "net9.0", "net8.0", "net6.0", "netstandard2.1", "netstandard2.0" };

        /// <summary>The packages available, id to version.</summary>
        public static ImmutableDictionary<string, string> Available { get; } = CorpusEnvironment.Metadata("CorpusPackages")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split('/'))
            .ToImmutableDictionary(parts => parts[0], parts => parts[1], StringComparer.OrdinalIgnoreCase);

        /// <summary>The packages for the ids a project references (its own and those of the projects it references).</summary>
        public static ImmutableArray<string> For(IEnumerable<string> packageIds)
        {
            var packages = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string id in packageIds)
            {
                if (id.Contains("Newtonsoft", StringComparison.OrdinalIgnoreCase))
                {
                    packages.Add("Newtonsoft.Json");
                }

                if (id.StartsWith("Serilog", StringComparison.OrdinalIgnoreCase))
                {
                    packages.Add("Serilog");
                }

                if (id.Contains("EntityFrameworkCore", StringComparison.OrdinalIgnoreCase))
                {
                    packages.UnionWith(new[] { "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Abstractions", "Microsoft.EntityFrameworkCore.Relational" });
                }

                if (id.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.OrdinalIgnoreCase) || id.StartsWith("Microsoft.Extensions.Identity", StringComparison.OrdinalIgnoreCase))
                {
                    packages.UnionWith(new[] { "Microsoft.Extensions.Identity.Core", "Microsoft.Extensions.Identity.Stores" });
                }

                if (id.Equals("Microsoft.AspNetCore.Identity.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase))
                {
                    packages.Add("Microsoft.AspNetCore.Identity.EntityFrameworkCore");
                }

                if (id.StartsWith("MongoDB", StringComparison.OrdinalIgnoreCase))
                {
                    packages.UnionWith(new[] { "MongoDB.Driver", "MongoDB.Bson" });
                }
            }

            return packages.Where(Available.ContainsKey).ToImmutableArray();
        }

        /// <summary>The assemblies of <paramref name="package"/> for the newest framework it has of those .NET 10 can use.</summary>
        public static IEnumerable<string> Assemblies(string package)
        {
            string folder = Path.Combine(CorpusEnvironment.Metadata("NuGetPackageRoot"), package.ToLowerInvariant(), Available[package], "lib");
            string? lib = Frameworks.Select(framework => Path.Combine(folder, framework)).FirstOrDefault(Directory.Exists);
            return lib is null
                ? throw new DirectoryNotFoundException($"Package {package} {Available[package]} has no usable lib folder under '{folder}' (restore the runner).")
                : Directory.EnumerateFiles(lib, "*.dll").OrderBy(path => path, StringComparer.Ordinal);
        }

        /// <summary>The packages, for the report.</summary>
        public static string Describe() => string.Join(", ", Available.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value));
    }
}
