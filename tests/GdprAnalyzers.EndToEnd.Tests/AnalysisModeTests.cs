using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// The build settings the analyzer package brings, on a small application a newcomer might have: one member marked
    /// <c>[PersonalData]</c>, an e-mail address nobody marked yet, a logger, and an in-house audit trail declared a log sink
    /// in <c>GdprAnalyzers.Models.txt</c> next to the project file, which nothing registers. Each test builds its own copy
    /// of the application with one <c>GdprAnalysisMode</c> (the MSBuild property that picks a preset), and reads the
    /// findings as the build prints them.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class AnalysisModeTests
    {
        private const string Source = "Signup.cs";

        /// <summary>The application: <c>Phone</c> is marked, <c>Email</c> is not.</summary>
        private const string SignupSource = """
            using System.Collections.Generic;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            namespace Newcomer
            {
                public sealed class Customer
                {
                    public string Email { get; set; } = ""; // email-declared
                    [PersonalData] public string Phone { get; set; } = "";
                    public string Plan { get; set; } = "";
                }

                /// <summary>The team's own audit trail: GdprAnalyzers.Models.txt says it is a log.</summary>
                public sealed class AuditTrail
                {
                    private readonly List<string> lines = new List<string>();

                    public void Record(string line) => lines.Add(line);
                }

                public sealed class Signup
                {
                    private readonly ILogger<Signup> logger;
                    private readonly AuditTrail audit;

                    public Signup(ILogger<Signup> logger, AuditTrail audit)
                    {
                        this.logger = logger;
                        this.audit = audit;
                    }

                    public void Complete(Customer customer)
                    {
                        logger.LogInformation("Signed up {Email} for {Plan}", customer.Email, customer.Plan); // email-logged
                        logger.LogInformation("Call back on {Phone}", customer.Phone); // phone-logged
                        audit.Record(customer.Phone); // phone-audited
                    }
                }

                public static class Program
                {
                    public static void Main()
                    {
                        using ILoggerFactory factory = LoggerFactory.Create(_ => { });
                        new Signup(factory.CreateLogger<Signup>(), new AuditTrail()).Complete(new Customer { Email = "jane@example.com", Phone = "+44 20 7946 0000", Plan = "basic" });
                    }
                }
            }
            """;

        private const string ModelsFile = "GdprAnalyzers.Models.txt";

        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

        /// <summary>The first build of a copy: it restores, and compiles whatever an earlier build left.</summary>
        private static readonly string[] Restore = { "--no-incremental" };

        /// <summary>A later build of the same copy that must compile again.</summary>
        private static readonly string[] NoRestore = { "--no-incremental", "--no-restore" };

        /// <summary>What Discovery adds: GDPR005 at the unmarked e-mail address's declaration, GDPR101 where it is logged.</summary>
        private static readonly (string RuleAndSeverity, string Marker)[] Discovered = { ("GDPR005 warning", "email-declared"), ("GDPR101 warning", "email-logged") };

        private readonly PackedPackagesFixture fixture;
        private readonly ITestOutputHelper output;

        public AnalysisModeTests(PackedPackagesFixture fixture, ITestOutputHelper output)
        {
            this.fixture = fixture;
            this.output = output;
        }

        [Fact]
        public async Task DefaultMode_ModelsFileNextToProject_ReportsAnnotatedDataLoggedAndAuditedAsWarnings()
        {
            string app = NewApp("mode-default");

            ProcessResult build = await BuildAsync(app, Restore);
            AssertBuild(app, build, passes: true, Annotated("warning"));
            Assert.Contains(BuildFindings.Of(build, app), finding => finding.Message.Contains("'AuditTrail.Record'", StringComparison.Ordinal));

            // Without the models file, the audit trail is no sink: the finding above came from the file alone.
            File.Delete(Path.Combine(app, ModelsFile));
            ProcessResult withoutModels = await BuildAsync(app, NoRestore);
            AssertBuild(app, withoutModels, passes: true, ("GDPR001 warning", "phone-logged"));
        }

        [Fact]
        public async Task DiscoveryMode_OnCommandLineAfterDefaultBuild_AddsProbablePersonalDataAsWarnings()
        {
            string app = NewApp("mode-discovery");
            AssertBuild(app, await BuildAsync(app, Restore), passes: true, Annotated("warning"));

            // An incremental build, as a newcomer types it: switching the mode compiles again and prints its findings.
            ProcessResult build = await BuildAsync(app, "--no-restore", "-p:GdprAnalysisMode=Discovery");
            AssertBuild(app, build, passes: true, Annotated("warning").Concat(Discovered).ToArray());
        }

        [Fact]
        public async Task DiscoveryMode_UserEditorConfigTurnsFlowsOff_UserOptionWinsOverPreset()
        {
            string app = NewApp("mode-discovery-user-option");
            File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n\n[*.cs]\ngdpr.probable_personal_data_in_flows = false\n");

            // The preset still raises GDPR005; the user's option keeps GDPR101 off.
            ProcessResult build = await BuildAsync(app, Restore.Append("-p:GdprAnalysisMode=Discovery").ToArray());
            AssertBuild(app, build, passes: true, Annotated("warning").Concat(Discovered.Take(1)).ToArray());
        }

        [Fact]
        public async Task StrictMode_InProjectFile_ReportsGdpr001AsErrorsAndFailsTheBuild()
        {
            string app = NewApp("mode-strict", projectFileMode: "Strict");

            AssertBuild(app, await BuildAsync(app, Restore), passes: false, Annotated("error"));
        }

        [Fact]
        public async Task StrictMode_UserGlobalConfigSetsWarning_UserSeverityWinsOverPreset()
        {
            string app = NewApp("mode-strict-user-severity", projectFileMode: "Strict");
            File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.GDPR001.severity = warning\n");

            AssertBuild(app, await BuildAsync(app, Restore), passes: true, Annotated("warning"));
        }

        [Fact]
        public async Task UnknownMode_Build_FailsNamingTheValueAndTheModes()
        {
            string app = NewApp("mode-unknown");

            ProcessResult build = await BuildAsync(app, Restore.Append("-p:GdprAnalysisMode=Strcit").ToArray());
            Assert.True(build.ExitCode != 0, "A build with an unknown GdprAnalysisMode passed:" + Environment.NewLine + build.Describe());
            Assert.Contains("error GDPRBUILD001: GdprAnalysisMode is 'Strcit', which GdprAnalyzers does not know. Use Default, Discovery", build.AllOutput, StringComparison.Ordinal);
        }

        /// <summary>GDPR001 on the marked phone number, logged and written to the audit trail, with <paramref name="severity"/>.</summary>
        private static (string RuleAndSeverity, string Marker)[] Annotated(string severity) =>
            new[] { ("GDPR001 " + severity, "phone-logged"), ("GDPR001 " + severity, "phone-audited") };

        /// <summary>A new copy of the application, referencing the two packages as the README says; with
        /// <paramref name="projectFileMode"/>, the project file sets <c>GdprAnalysisMode</c>.</summary>
        private string NewApp(string name, string? projectFileMode = null)
        {
            output.WriteLine(fixture.Log);
            string app = fixture.NewConsumer(name);
            string mode = projectFileMode is null ? string.Empty : $"\n    <GdprAnalysisMode>{projectFileMode}</GdprAnalysisMode>";
            File.WriteAllText(
                Path.Combine(app, "Newcomer.csproj"),
                $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>{mode}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.Extensions.Logging" Version="{fixture.CentralVersions["Microsoft.Extensions.Logging"]}" />
                    <PackageReference Include="{PackedPackagesFixture.AnnotationsPackageId}" Version="{fixture.PackageVersion}" />
                    <PackageReference Include="{PackedPackagesFixture.AnalyzersPackageId}" Version="{fixture.PackageVersion}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, Source), SignupSource);
            File.WriteAllText(Path.Combine(app, ModelsFile), "# The team's audit trail is read like a log.\nlog-sink M:Newcomer.AuditTrail.Record(System.String)\n");
            return app;
        }

        /// <summary>A full build (the compiler runs, and prints its findings) and <paramref name="arguments"/>.</summary>
        private async Task<ProcessResult> BuildAsync(string app, params string[] arguments)
        {
            ProcessResult build = await fixture.DotnetAsync(app, BuildTimeout, new[] { "build", "-nologo" }.Concat(arguments).ToArray());
            output.WriteLine($"{build.CommandLine}: exit code {build.ExitCode}, {build.Elapsed.TotalSeconds:F1} s");
            return build;
        }

        /// <summary>The build passed or failed, and printed exactly these findings: <c>("GDPR001 warning", "phone-logged")</c>
        /// is GDPR001, as a warning, on the line the source marks <c>// phone-logged</c>.</summary>
        private static void AssertBuild(string app, ProcessResult build, bool passes, params (string RuleAndSeverity, string Marker)[] expected)
        {
            Assert.True((build.ExitCode == 0) == passes, $"The build {(passes ? "failed" : "passed")}:{Environment.NewLine}{build.Describe()}");
            var expectedKeys = new SortedSet<string>(expected.Select(item => item.RuleAndSeverity + "@" + BuildFindings.PositionOf(app, Source, item.Marker)), StringComparer.Ordinal);
            List<Finding> findings = BuildFindings.Of(build, app);
            var reported = new SortedSet<string>(findings.Select(finding => finding.KeyWithSeverity), StringComparer.Ordinal);
            Assert.True(
                expectedKeys.SetEquals(reported) && findings.Count == expectedKeys.Count,
                $"Expected:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expectedKeys)}{Environment.NewLine}"
                + $"Reported:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", findings.Select(finding => finding.KeyWithSeverity + ":" + finding.Column))}"
                + Environment.NewLine + build.Describe());
        }
    }
}
