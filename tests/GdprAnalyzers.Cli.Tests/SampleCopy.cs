using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace GdprAnalyzers.Cli.Tests
{
    /// <summary>What one run of the tool did.</summary>
    /// <param name="ExitCode">Its exit code.</param>
    /// <param name="Output">Standard output and error.</param>
    /// <param name="CommandLine">The command line, for messages.</param>
    public sealed record ToolRun(int ExitCode, string Output, string CommandLine)
    {
        /// <inheritdoc/>
        public override string ToString() => $"$ {CommandLine}\n(exit code {ExitCode})\n{Output}";
    }

    /// <summary>
    /// A copy of samples/SupportChatbot in a temporary folder, as a project outside this repository that uses the
    /// annotations but not the GdprAnalyzers package: package versions written out (no central package management), the
    /// annotations library as an assembly reference. Deleted when disposed. Also runs the tool (<see cref="Run"/>).
    /// </summary>
    public sealed class SampleCopy : IDisposable
    {
        /// <summary>The sample's project file name.</summary>
        public const string ProjectFile = "SupportChatbot.csproj";

        public SampleCopy()
        {
            Folder = Path.Combine(Path.GetTempPath(), "gdpr-cli-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            string sample = Path.Combine(RepositoryRoot, "samples", "SupportChatbot");
            Directory.CreateDirectory(Folder);
            foreach (string file in Directory.EnumerateFiles(sample).Where(file => !file.EndsWith(".csproj", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }

            // A project outside any repository: no Directory.Build.props or central versions from above.
            File.WriteAllText(Path.Combine(Folder, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(Folder, "Directory.Packages.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(Folder, ProjectFile), ProjectText(Path.Combine(sample, ProjectFile)));
        }

        /// <summary>The repository the tests were built from.</summary>
        public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

        /// <summary>The copy's folder.</summary>
        public string Folder { get; }

        /// <summary>The copy's project file.</summary>
        public string Project => Path.Combine(Folder, ProjectFile);

        /// <summary>Runs <c>gdpr</c> with <paramref name="arguments"/>, in the copy's folder, for at most five minutes.</summary>
        public ToolRun Run(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = Folder,
            };
            start.ArgumentList.Add(Metadata("CliAssembly"));
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // A wide console, so that table cells are not wrapped in the output the tests read.
            start.Environment["COLUMNS"] = "400";
            using Process process = Process.Start(start)!;
            process.StandardInput.Close();
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("gdpr " + string.Join(" ", arguments) + " did not finish in 5 minutes:\n" + output);
            }

            process.WaitForExit();
            return new ToolRun(process.ExitCode, output.ToString(), "gdpr " + string.Join(" ", arguments));
        }

        /// <summary>Replaces <paramref name="old"/> by <paramref name="replacement"/> in one file of the copy (the text must be
        /// there).</summary>
        public void Edit(string file, string old, string replacement)
        {
            string path = Path.Combine(Folder, file);
            string text = File.ReadAllText(path);
            Assert.Contains(old, text);
            File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
        }

        /// <summary>Adds a one-file project beside the sample (<c>NAME/NAME.csproj</c>, .NET 10, no package) holding
        /// <paramref name="code"/> as <c>Customer.cs</c>; returns its folder.</summary>
        public string AddProject(string name, string code)
        {
            string folder = Path.Combine(Folder, name.ToLowerInvariant());
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Customer.cs"), code);
            return folder;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }

        /// <summary>The sample's project file without GdprAnalyzers' source references: the package versions of the
        /// repository's Directory.Packages.props written on each reference, and the annotations as an assembly.</summary>
        private static string ProjectText(string sampleProject)
        {
            XDocument central = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
            Dictionary<string, string> versions = central.Descendants("PackageVersion")
                .ToDictionary(entry => (string)entry.Attribute("Include")!, entry => (string)entry.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
            XDocument project = XDocument.Load(sampleProject);
            project.Descendants("ItemGroup").Where(group => (string?)group.Attribute("Label") == "GdprAnalyzers").ToList().ForEach(group => group.ReplaceWith(
                new XElement("ItemGroup", new XElement("Reference", new XAttribute("Include", "GdprAnalyzers.Annotations"), new XElement("HintPath", typeof(GdprAnalyzers.Annotations.PersonalDataAttribute).Assembly.Location)))));
            foreach (XElement reference in project.Descendants("PackageReference"))
            {
                reference.SetAttributeValue("Version", versions[(string)reference.Attribute("Include")!]);
            }

            return project.ToString();
        }

        private static string Metadata(string key) =>
            typeof(SampleCopy).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
    }
}
