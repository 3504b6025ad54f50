using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Cli.Loading
{
    /// <summary>
    /// The reference assemblies of the newest .NET and ASP.NET Core reference packs of the SDK that runs the tool
    /// (<c>packs/Microsoft.NETCore.App.Ref</c>, <c>packs/Microsoft.AspNetCore.App.Ref</c> under the dotnet root): what a
    /// project whose references MSBuild could not resolve (not restored, an unknown SDK or workload) is compiled against,
    /// as the corpus runner compiles projects it does not restore. Its packages' types then do not bind, and the findings
    /// that need them are missing; the tool says so.
    /// </summary>
    public static class ReferencePacks
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Load);

        /// <summary>The reference assemblies, loaded once; empty when the SDK has no reference packs.</summary>
        public static ImmutableArray<MetadataReference> All => References.Value;

        private static ImmutableArray<MetadataReference> Load()
        {
            // The running runtime is <root>/shared/Microsoft.NETCore.App/<version>/; the packs are <root>/packs/.
            string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            return new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
                .Select(pack => Newest(Path.Combine(root, "packs", pack)))
                .OfType<string>()
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll"))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        /// <summary>The <c>ref/netX.Y</c> folder of the newest version of a pack, or null.</summary>
        private static string? Newest(string pack)
        {
            if (!Directory.Exists(pack))
            {
                return null;
            }

            return Directory.GetDirectories(pack)
                .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out Version? version) ? version : null))
                .Where(candidate => candidate.Version != null)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => Directory.Exists(Path.Combine(candidate.Folder, "ref")) ? Directory.GetDirectories(Path.Combine(candidate.Folder, "ref")).OrderByDescending(folder => folder, StringComparer.Ordinal).FirstOrDefault() : null)
                .FirstOrDefault(folder => folder != null);
        }
    }
}
