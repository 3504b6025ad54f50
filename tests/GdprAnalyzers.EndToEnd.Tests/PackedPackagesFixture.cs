using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// Packs the two packages once, under a version of their own: <c>GdprAnalyzers</c> (src/Package: the analyzers and code
    /// fixes, a development dependency) and <c>GdprAnalyzers.Annotations</c> (src/Annotations: the runtime library). Lays
    /// out consumer projects that use them as a user's projects would: a copy of samples/SupportChatbot and the small
    /// projects the other tests write (<see cref="NewConsumer"/>). Everything lives in one temporary folder, deleted at the
    /// end (set GDPR_E2E_KEEP=1 to keep it for a look):
    /// <list type="bullet">
    /// <item><c>repo/</c>: a copy of the repository's build inputs (no tests, samples, bin or obj), packed in Release. Packing
    /// a copy keeps this test's restore and build away from the Debug outputs and obj folders that <c>dotnet test</c> of
    /// the solution is building or using at the same time.</item>
    /// <item><c>feed/</c>: the packed <c>GdprAnalyzers.&lt;version&gt;.nupkg</c> and <c>GdprAnalyzers.Annotations.&lt;version&gt;.nupkg</c>,
    /// a local package source, where tests also put the packages they pack themselves.</item>
    /// <item><c>sample/</c>: the sample with <c>PackageReference</c>s on that version and its own Directory.Build.props,
    /// Directory.Packages.props and nuget.config; the other consumers beside it, each in a folder of its own.</item>
    /// <item><c>packages/</c>: the consumers' own global package folder. The version is new on every run, so a package cached
    /// by an earlier run can never stand in for this one; third-party packages come from the machine's package folder,
    /// a fallback folder, and are not downloaded again.</item>
    /// </list>
    /// </summary>
    public sealed class PackedPackagesFixture : IAsyncLifetime
    {
        /// <summary>The sample's project file name.</summary>
        public const string SampleProjectFile = "SupportChatbot.csproj";

        /// <summary>The label of the sample's item group that references GdprAnalyzers from source.</summary>
        public const string SourceReferenceLabel = "GdprAnalyzers";

        /// <summary>The analyzer package's id.</summary>
        public const string AnalyzersPackageId = "GdprAnalyzers";

        /// <summary>The annotations package's id.</summary>
        public const string AnnotationsPackageId = "GdprAnalyzers.Annotations";

        private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(8);

        /// <summary>Folders never copied: outputs, tool state and version control.</summary>
        private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
        {
            "bin", "obj", ".git", ".vs", ".idea", "TestResults", "artifacts", "node_modules",
        };

        /// <summary>Top-level folders of the repository that packing does not need.</summary>
        private static readonly HashSet<string> SkippedTopLevelFolders = new(StringComparer.OrdinalIgnoreCase)
        {
            "tests", "samples",
        };

        private readonly StringBuilder log = new();

        public PackedPackagesFixture()
        {
            string unique = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + ".g" + Guid.NewGuid().ToString("N").Substring(0, 8);
            PackageVersion = "0.0.0-e2e." + unique;
            WorkRoot = Path.Combine(Path.GetTempPath(), "gdpr-e2e-" + unique);
            FeedFolder = Path.Combine(WorkRoot, "feed");
            SampleFolder = Path.Combine(WorkRoot, "sample");
            PackagesFolder = Path.Combine(WorkRoot, "packages");
            CentralVersions = ReadCentralVersions(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
        }

        /// <summary>The repository this test was built from.</summary>
        public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

        /// <summary>Variables unset in the sample copy's processes: each would override its nuget.config.</summary>
        public static IReadOnlyCollection<string> NuGetOverrides { get; } = new[] { "NUGET_PACKAGES", "NUGET_FALLBACK_PACKAGES" };

        /// <summary>The version packed by this run, e.g. <c>0.0.0-e2e.20250101120000.g1a2b3c4d</c>.</summary>
        public string PackageVersion { get; }

        public string WorkRoot { get; }

        public string FeedFolder { get; }

        public string SampleFolder { get; }

        public string PackagesFolder { get; }

        /// <summary>The versions the repository's Directory.Packages.props sets, by package id: the consumers' third-party
        /// packages take them, so that they restore from the machine's package folder.</summary>
        public IReadOnlyDictionary<string, string> CentralVersions { get; }

        public string SampleProjectPath => Path.Combine(SampleFolder, SampleProjectFile);

        /// <summary>What the fixture did, with times: tests print it to their output.</summary>
        public string Log
        {
            get
            {
                lock (log)
                {
                    return log.ToString();
                }
            }
        }

        /// <summary>Records a step and its time in <see cref="Log"/>.</summary>
        public void Record(string line)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(WorkRoot);
            Record($"Work folder: {WorkRoot}");
            Record($"Package version: {PackageVersion}");

            // Step 0: pack the two packages from a copy of the repository's build inputs.
            string repositoryCopy = Path.Combine(WorkRoot, "repo");
            CopyDirectory(RepositoryRoot, repositoryCopy, topLevel: true);
            foreach ((string project, string id) in new[]
            {
                (Path.Combine("src", "Package", "GdprAnalyzers.Package.csproj"), AnalyzersPackageId),
                (Path.Combine("src", "Annotations", "GdprAnalyzers.Annotations.csproj"), AnnotationsPackageId),
            })
            {
                string package = PackagePathOf(id);
                ProcessResult pack = await DotnetProcess.RunAsync(
                    repositoryCopy,
                    new[] { "pack", project, "-c", "Release", "-o", FeedFolder, "-p:Version=" + PackageVersion, "-nologo" },
                    PackTimeout).ConfigureAwait(false);
                Record($"pack {project}: exit code {pack.ExitCode}, {pack.Elapsed.TotalSeconds:F1} s");
                if (pack.ExitCode != 0 || !File.Exists(package))
                {
                    throw new InvalidOperationException($"Packing {project} failed or made no {package}:{Environment.NewLine}{pack.Describe()}");
                }
            }

            // Step 1: the sample, switched to the packages.
            CopyDirectory(Path.Combine(RepositoryRoot, "samples", "SupportChatbot"), SampleFolder, topLevel: false);
            RewriteProjectFile(SampleProjectPath, PackageVersion, CentralVersions);
            WriteStandaloneBuildFiles(SampleFolder);
        }

        /// <summary>Where <c>dotnet pack -o feed</c> puts the package <paramref name="id"/> of this run's version.</summary>
        public string PackagePathOf(string id) => Path.Combine(FeedFolder, id + "." + PackageVersion + ".nupkg");

        /// <summary>A new, empty folder for a consumer project, with the build files that make it stand alone, as a user's
        /// project does: no central package management, the feed, and the consumers' package folder.</summary>
        public string NewConsumer(string name)
        {
            string folder = Path.Combine(WorkRoot, name);
            Directory.CreateDirectory(folder);
            WriteStandaloneBuildFiles(folder);
            return folder;
        }

        /// <summary>Runs <c>dotnet</c> in a consumer's folder, without the variables that would override its nuget.config,
        /// and records the step's time.</summary>
        internal async Task<ProcessResult> DotnetAsync(string folder, TimeSpan timeout, params string[] arguments)
        {
            ProcessResult result = await DotnetProcess.RunAsync(folder, arguments, timeout, NuGetOverrides).ConfigureAwait(false);
            Record($"{Path.GetFileName(folder)}: {result.CommandLine}: exit code {result.ExitCode}, {result.Elapsed.TotalSeconds:F1} s");
            return result;
        }

        public Task DisposeAsync()
        {
            if (Environment.GetEnvironmentVariable("GDPR_E2E_KEEP") != "1" && Directory.Exists(WorkRoot))
            {
                try
                {
                    Directory.Delete(WorkRoot, recursive: true);
                }
                catch (IOException)
                {
                    // A process still holding a file: the temporary folder is cleaned by the system eventually.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// Replaces the item group labelled <see cref="SourceReferenceLabel"/> (the project references on src/) with
        /// <c>PackageReference</c>s on the two packages of <paramref name="version"/>, and gives every other <c>PackageReference</c> the
        /// version that the repository's Directory.Packages.props sets: central versions do not travel with a copy.
        /// </summary>
        private static void RewriteProjectFile(string projectPath, string version, IReadOnlyDictionary<string, string> centralVersions)
        {
            XDocument project = XDocument.Load(projectPath, LoadOptions.PreserveWhitespace);
            XElement root = project.Root ?? throw new InvalidOperationException($"{projectPath} is empty.");
            XElement sourceReferences = root.Elements("ItemGroup").SingleOrDefault(group => (string?)group.Attribute("Label") == SourceReferenceLabel)
                ?? throw new InvalidOperationException($"{projectPath} has no <ItemGroup Label=\"{SourceReferenceLabel}\"> to replace with the package.");

            foreach (XElement reference in root.Descendants("PackageReference"))
            {
                string id = (string?)reference.Attribute("Include") ?? throw new InvalidOperationException($"A PackageReference in {projectPath} has no Include.");
                if (reference.Attribute("Version") is null && reference.Attribute("VersionOverride") is null)
                {
                    if (!centralVersions.TryGetValue(id, out string? centralVersion))
                    {
                        throw new InvalidOperationException($"Directory.Packages.props sets no version for {id}, which {projectPath} references.");
                    }

                    reference.SetAttributeValue("Version", centralVersion);
                }
            }

            if (sourceReferences.PreviousNode is XComment sourceComment)
            {
                sourceComment.Remove(); // It describes the project references.
            }

            // The two packages, as the README says to reference them: the annotations as an ordinary (run-time) dependency,
            // the analyzers private to the project.
            sourceReferences.ReplaceWith(
                new XComment(" GdprAnalyzers from the packages packed by the end-to-end test. "),
                new XText("\n  "),
                new XElement(
                    "ItemGroup",
                    new XText("\n    "),
                    new XElement("PackageReference", new XAttribute("Include", AnnotationsPackageId), new XAttribute("Version", version)),
                    new XText("\n    "),
                    new XElement("PackageReference", new XAttribute("Include", AnalyzersPackageId), new XAttribute("Version", version), new XAttribute("PrivateAssets", "all")),
                    new XText("\n  ")));
            project.Save(projectPath);
        }

        private static IReadOnlyDictionary<string, string> ReadCentralVersions(string path)
        {
            var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (XElement entry in XDocument.Load(path).Descendants("PackageVersion"))
            {
                string? id = (string?)entry.Attribute("Include");
                string? version = (string?)entry.Attribute("Version");
                if (id != null && version != null)
                {
                    versions[id] = version;
                }
            }

            return versions;
        }

        /// <summary>Makes a consumer's folder independent of any repository: no central package management, the package
        /// feed and the consumers' package folder.</summary>
        private void WriteStandaloneBuildFiles(string folder)
        {
            File.WriteAllText(
                Path.Combine(folder, "Directory.Build.props"),
                """
                <Project>
                  <!-- Written by the end-to-end test: this project stands alone, like a user's. -->
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <!-- A security advisory published after this commit must not turn the warnings-as-errors build red. -->
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(
                Path.Combine(folder, "Directory.Packages.props"),
                """
                <Project>
                  <!-- Written by the end-to-end test: ends the search for a Directory.Packages.props here. -->
                </Project>
                """);

            // No <clear/>: the machine's own package sources (user and machine NuGet configuration) stay, after the feed.
            string machinePackages = Metadata("NuGetPackageRoot").TrimEnd('/', '\\');
            var config = new XDocument(
                new XElement(
                    "configuration",
                    new XElement("config", Add("globalPackagesFolder", PackagesFolder)),
                    new XElement("packageSources", Add("gdpr-e2e-feed", FeedFolder)),
                    new XElement("fallbackPackageFolders", Add("machine-packages", machinePackages))));
            config.Save(Path.Combine(folder, "nuget.config"));

            static XElement Add(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
        }

        private static void CopyDirectory(string source, string target, bool topLevel)
        {
            Directory.CreateDirectory(target);
            foreach (string file in Directory.GetFiles(source))
            {
                string name = Path.GetFileName(file);
                if (name == ".git")
                {
                    continue; // A worktree's .git is a file.
                }

                File.Copy(file, Path.Combine(target, name));
            }

            foreach (string folder in Directory.GetDirectories(source))
            {
                string name = Path.GetFileName(folder);
                if (SkippedFolders.Contains(name) || (topLevel && SkippedTopLevelFolders.Contains(name)))
                {
                    continue;
                }

                CopyDirectory(folder, Path.Combine(target, name), topLevel: false);
            }
        }

        private static string Metadata(string key)
        {
            foreach (AssemblyMetadataAttribute attribute in typeof(PackedPackagesFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (attribute.Key == key && !string.IsNullOrEmpty(attribute.Value))
                {
                    return attribute.Value;
                }
            }

            throw new InvalidOperationException($"The test assembly has no '{key}' metadata: see the test project file.");
        }
    }
}
