using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// GdprAnalyzers as a user gets it: the packed package, referenced by a copy of samples/SupportChatbot, built, fixed
    /// with <c>dotnet format</c> and run. The steps depend on each other (the fix changes the copy), so they run in order
    /// inside one test; the package and the copy come from <see cref="PackedSampleFixture"/>.
    /// </summary>
    public sealed class SupportChatbotEndToEndTests : IClassFixture<PackedSampleFixture>
    {
        /// <summary>The comment that marks a line where the sample must get a GDPR001 finding.</summary>
        private const string FindingMarker = "// GDPR001";

        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
        private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

        /// <summary>A compiler diagnostic as MSBuild prints it: <c>path(line,column): warning GDPR001: message [project]</c>.</summary>
        private static readonly Regex Gdpr001Diagnostic = new(
            @"^\s*(?<file>[^\s].*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) GDPR001:",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private static readonly Regex EmailAddress = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant);

        private static readonly Regex PhoneNumber = new(@"^\+[0-9][0-9 ]{6,}[0-9]$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private readonly PackedSampleFixture fixture;
        private readonly ITestOutputHelper output;

        public SupportChatbotEndToEndTests(PackedSampleFixture fixture, ITestOutputHelper output)
        {
            this.fixture = fixture;
            this.output = output;
        }

        [Fact]
        public void Package_Packed_HoldsAnalyzersCodeFixesAndAnnotations()
        {
            output.WriteLine(fixture.Log);
            using ZipArchive package = ZipFile.OpenRead(fixture.PackagePath);
            var entries = new HashSet<string>(package.Entries.Select(entry => entry.FullName), StringComparer.Ordinal);

            Assert.Contains("analyzers/dotnet/cs/GdprAnalyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/GdprAnalyzers.CodeFixes.dll", entries);
            Assert.Contains("lib/netstandard2.0/GdprAnalyzers.Annotations.dll", entries);

            ZipArchiveEntry nuspecEntry = Assert.Single(package.Entries, entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using Stream nuspecStream = nuspecEntry.Open();
            XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
            Assert.Equal("GdprAnalyzers", metadata.Elements().Single(element => element.Name.LocalName == "id").Value);
            Assert.Equal(fixture.PackageVersion, metadata.Elements().Single(element => element.Name.LocalName == "version").Value);
        }

        [Fact]
        public async Task Sample_WithPackedPackage_ReportsFixesAndStopsLeaks()
        {
            output.WriteLine(fixture.Log);
            Stopwatch total = Stopwatch.StartNew();
            try
            {
                await RunAllSteps();
            }
            finally
            {
                output.WriteLine($"Steps: {total.Elapsed.TotalSeconds:F1} s in all (packing not included).");
            }
        }

        private async Task RunAllSteps()
        {
            string project = PackedSampleFixture.SampleProjectFile;
            SortedSet<string> expected = MarkedLines();
            Assert.True(expected.Count >= 5, $"The sample marks only {expected.Count} lines with '{FindingMarker}'.");
            (IReadOnlyList<string> emails, IReadOnlyList<string> phones) = PersonalDataInScript();

            // Step 2: the build reports GDPR001 exactly on the marked lines, as warnings, and passes.
            ProcessResult build = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "-nologo");
            Assert.True(build.ExitCode == 0, "The sample did not build against the package:" + Environment.NewLine + build.Describe());
            List<Finding> findings = Findings(build);
            Assert.True(findings.All(finding => finding.Severity == "warning"), build.Describe());
            Assert.True(
                expected.SetEquals(findings.Select(finding => finding.Position)),
                $"Expected GDPR001 at:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}{Environment.NewLine}"
                + $"Reported at:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", findings.Select(finding => finding.Position + ":" + finding.Column))}"
                + Environment.NewLine + build.Describe());
            Assert.Equal(expected.Count, findings.Count); // One finding on each marked line.

            // Step 6, first half: the program as written leaks e-mail addresses and phone numbers into its log.
            ProgramRun unfixed = await RunProgram("unfixed");
            foreach (string value in emails.Concat(phones))
            {
                Assert.True(unfixed.Log.Contains(value, StringComparison.Ordinal), $"The unfixed program's log lacks '{value}':{Environment.NewLine}{unfixed.Log}");
            }

            // Step 3: with warnings as errors, the findings fail the build.
            ProcessResult strictUnfixed = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "-nologo", "-p:TreatWarningsAsErrors=true");
            Assert.True(strictUnfixed.ExitCode != 0, "The warnings-as-errors build passed despite the findings:" + Environment.NewLine + strictUnfixed.Describe());
            Assert.True(Findings(strictUnfixed).Any(finding => finding.Severity == "error"), strictUnfixed.Describe());

            // Step 4: dotnet format sees fixes to make.
            string[] format = { "format", "analyzers", project, "--diagnostics", "GDPR001", "--severity", "warn" };
            ProcessResult verifyUnfixed = await Dotnet(BuildTimeout, format.Append("--verify-no-changes").ToArray());
            Assert.True(verifyUnfixed.ExitCode != 0, "dotnet format --verify-no-changes found nothing to fix:" + Environment.NewLine + verifyUnfixed.Describe());

            // Step 5: dotnet format fixes every site; then there is nothing left to fix and the strict build passes.
            ProcessResult fix = await Dotnet(BuildTimeout, format);
            Assert.True(fix.ExitCode == 0, "dotnet format failed:" + Environment.NewLine + fix.Describe());
            foreach (string position in expected)
            {
                string line = LineAt(position);
                Assert.True(line.Contains("Redact.Pseudonymize(", StringComparison.Ordinal), $"{position} was not fixed: {line.Trim()}{Environment.NewLine}{fix.Describe()}");
            }

            ProcessResult verifyFixed = await Dotnet(BuildTimeout, format.Append("--verify-no-changes").ToArray());
            Assert.True(verifyFixed.ExitCode == 0, "dotnet format still finds fixes to make after fixing:" + Environment.NewLine + verifyFixed.Describe());

            ProcessResult strictFixed = await Dotnet(BuildTimeout, "build", project, "--no-incremental", "-nologo", "-p:TreatWarningsAsErrors=true");
            Assert.True(strictFixed.ExitCode == 0, "The fixed sample does not build with warnings as errors:" + Environment.NewLine + strictFixed.Describe());
            Assert.Empty(Findings(strictFixed));

            // Step 6, second half: the fixed program logs the same events, with pseudonyms instead of the personal data.
            ProgramRun fixedRun = await RunProgram("fixed");
            foreach (string value in emails.Concat(phones))
            {
                Assert.False(fixedRun.Log.Contains(value, StringComparison.Ordinal), $"The fixed program still logs '{value}':{Environment.NewLine}{fixedRun.Log}");
                Assert.False(fixedRun.StandardError.Contains(value, StringComparison.Ordinal), $"The fixed program still logs '{value}' to standard error:{Environment.NewLine}{fixedRun.StandardError}");
            }

            Assert.Contains("ps:", fixedRun.Log, StringComparison.Ordinal);
            Assert.Equal(unfixed.LogLineCount, fixedRun.LogLineCount);
            Assert.Equal(unfixed.Transcript, fixedRun.Transcript); // The customer's replies are not a log: they do not change.
        }

        /// <summary>Runs <c>dotnet</c> in the sample copy and records the step's time.</summary>
        private async Task<ProcessResult> Dotnet(TimeSpan timeout, params string[] arguments)
        {
            ProcessResult result = await DotnetProcess.RunAsync(fixture.SampleFolder, arguments, timeout, PackedSampleFixture.NuGetOverrides);
            string step = $"{result.CommandLine}: exit code {result.ExitCode}, {result.Elapsed.TotalSeconds:F1} s";
            fixture.Record(step);
            output.WriteLine(step);
            return result;
        }

        /// <summary>Runs the built sample on its scripted conversation; its log goes to a file of its own.</summary>
        private async Task<ProgramRun> RunProgram(string name)
        {
            string logFile = Path.Combine(fixture.WorkRoot, "logs", name + ".log");
            string program = Path.Combine(fixture.SampleFolder, "bin", "Debug", "net10.0", "SupportChatbot.dll");
            ProcessResult run = await Dotnet(RunTimeout, program, "--log-file", logFile);
            Assert.True(run.ExitCode == 0, $"The {name} program failed:{Environment.NewLine}{run.Describe()}");
            Assert.True(File.Exists(logFile), $"The {name} program wrote no log file {logFile}:{Environment.NewLine}{run.Describe()}");
            string log = File.ReadAllText(logFile);
            Assert.True(log.Length > 0 && run.StandardOutput.Contains("Ticket", StringComparison.Ordinal), run.Describe() + Environment.NewLine + log);
            return new ProgramRun(log, run.StandardError, run.StandardOutput);
        }

        /// <summary>The <c>file:line</c> of each line of the sample's code marked <see cref="FindingMarker"/>.</summary>
        private SortedSet<string> MarkedLines()
        {
            var lines = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string file in SourceFiles())
            {
                string[] text = File.ReadAllLines(file);
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i].TrimEnd().EndsWith(FindingMarker, StringComparison.Ordinal))
                    {
                        lines.Add(RelativePath(file) + ":" + (i + 1));
                    }
                }
            }

            return lines;
        }

        private IEnumerable<string> SourceFiles() =>
            Directory.EnumerateFiles(fixture.SampleFolder, "*.cs", SearchOption.AllDirectories)
                .Where(file =>
                {
                    string relative = RelativePath(file);
                    return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
                });

        private string LineAt(string position)
        {
            int colon = position.LastIndexOf(':');
            string[] text = File.ReadAllLines(Path.Combine(fixture.SampleFolder, position.Substring(0, colon)));
            int line = int.Parse(position.Substring(colon + 1), System.Globalization.CultureInfo.InvariantCulture);
            return line <= text.Length ? text[line - 1] : string.Empty;
        }

        /// <summary>The e-mail addresses and phone numbers that the customers type in the sample's script.</summary>
        private (IReadOnlyList<string> Emails, IReadOnlyList<string> Phones) PersonalDataInScript()
        {
            string script = string.Join(
                "\n",
                File.ReadAllLines(Path.Combine(fixture.SampleFolder, "conversation.txt")).Where(line => !line.TrimStart().StartsWith('#')).Select(line => line.Trim()));
            string[] emails = EmailAddress.Matches(script).Select(match => match.Value).Distinct().ToArray();
            string[] phones = PhoneNumber.Matches(script).Select(match => match.Value).Distinct().ToArray();
            Assert.True(emails.Length >= 2 && phones.Length >= 2, $"The script should hold several e-mail addresses and phone numbers; found {string.Join(", ", emails.Concat(phones))}.");
            return (emails, phones);
        }

        /// <summary>The distinct GDPR001 diagnostics of a build (MSBuild repeats them in its summary).</summary>
        private List<Finding> Findings(ProcessResult build)
        {
            var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
            foreach (Match match in Gdpr001Diagnostic.Matches(build.StandardOutput + Environment.NewLine + build.StandardError))
            {
                string file = match.Groups["file"].Value.Trim();
                string relative = Path.IsPathRooted(file) ? RelativePath(file) : file.Replace('\\', '/');
                var finding = new Finding(relative + ":" + match.Groups["line"].Value, match.Groups["column"].Value, match.Groups["severity"].Value);
                findings[finding.Position + ":" + finding.Column] = finding;
            }

            return findings.Values.ToList();
        }

        private string RelativePath(string path) => Path.GetRelativePath(fixture.SampleFolder, path).Replace('\\', '/');

        private sealed record Finding(string Position, string Column, string Severity);

        private sealed class ProgramRun
        {
            public ProgramRun(string log, string standardError, string transcript)
            {
                Log = log;
                StandardError = standardError;
                Transcript = transcript;
            }

            /// <summary>The log file: Serilog's file sink, with Microsoft.Extensions.Logging's events routed to it.</summary>
            public string Log { get; }

            /// <summary>Microsoft.Extensions.Logging's console provider writes here.</summary>
            public string StandardError { get; }

            /// <summary>Standard output: the chat with the customer.</summary>
            public string Transcript { get; }

            public int LogLineCount => Log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        }
    }
}
