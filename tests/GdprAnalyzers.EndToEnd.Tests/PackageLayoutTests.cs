using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// What each packed package holds, as NuGet shows and installs it: <c>GdprAnalyzers</c> the analyzers, code fixes and
    /// build settings, as a development dependency with no dependencies; <c>GdprAnalyzers.Annotations</c> the runtime
    /// library. docs/packages.md says why they are apart.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private readonly PackedPackagesFixture fixture;
        private readonly ITestOutputHelper output;

        public PackageLayoutTests(PackedPackagesFixture fixture, ITestOutputHelper output)
        {
            this.fixture = fixture;
            this.output = output;
        }

        [Fact]
        public void AnalyzersPackage_Packed_HoldsAnalyzersAndBuildSettingsAsDevelopmentDependency()
        {
            (HashSet<string> entries, XElement metadata) = ReadPacked(PackedPackagesFixture.AnalyzersPackageId);

            Assert.Contains("analyzers/dotnet/cs/GdprAnalyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/GdprAnalyzers.CodeFixes.dll", entries);
            foreach (string folder in new[] { "build", "buildTransitive" })
            {
                Assert.Contains($"{folder}/GdprAnalyzers.props", entries);
                Assert.Contains($"{folder}/GdprAnalyzers.targets", entries);
            }

            Assert.Contains("buildTransitive/GdprAnalyzers.Discovery.globalconfig", entries);
            Assert.Contains("buildTransitive/GdprAnalyzers.Strict.globalconfig", entries);
            Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
            Assert.Equal("true", Metadata(metadata, "developmentDependency"));
        }

        [Fact]
        public void AnnotationsPackage_Packed_HoldsTheLibraryAlone()
        {
            (HashSet<string> entries, XElement metadata) = ReadPacked(PackedPackagesFixture.AnnotationsPackageId);

            Assert.Contains("lib/netstandard2.0/GdprAnalyzers.Annotations.dll", entries);
            Assert.Contains("lib/netstandard2.0/GdprAnalyzers.Annotations.xml", entries);
            Assert.DoesNotContain(entries, entry => entry.StartsWith("analyzers/", StringComparison.Ordinal) || entry.StartsWith("build", StringComparison.Ordinal));
            Assert.Null(Metadata(metadata, "developmentDependency"));
        }

        /// <summary>The entries and metadata of the package <paramref name="id"/> packed by the fixture, checked for its id,
        /// its version and that it depends on nothing.</summary>
        private (HashSet<string> Entries, XElement Metadata) ReadPacked(string id)
        {
            output.WriteLine(fixture.Log);
            (HashSet<string> entries, XElement metadata) = Read(fixture.PackagePathOf(id));
            Assert.Equal(id, Metadata(metadata, "id"));
            Assert.Equal(fixture.PackageVersion, Metadata(metadata, "version"));
            Assert.Empty(Dependencies(metadata));
            return (entries, metadata);
        }

        /// <summary>The entries of a package and its nuspec's metadata.</summary>
        internal static (HashSet<string> Entries, XElement Metadata) Read(string packagePath)
        {
            using ZipArchive package = ZipFile.OpenRead(packagePath);
            var entries = new HashSet<string>(package.Entries.Select(entry => entry.FullName), StringComparer.Ordinal);
            ZipArchiveEntry nuspec = Assert.Single(package.Entries, entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/'));
            using Stream stream = nuspec.Open();
            XElement metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
            return (entries, metadata);
        }

        /// <summary>The ids of the packages a nuspec depends on, in any target framework group.</summary>
        internal static string[] Dependencies(XElement metadata) =>
            metadata.Descendants().Where(element => element.Name.LocalName == "dependency").Select(element => (string?)element.Attribute("id") ?? string.Empty).ToArray();

        /// <summary>The text of a nuspec metadata element; null when absent.</summary>
        internal static string? Metadata(XElement metadata, string name) =>
            metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
    }
}
