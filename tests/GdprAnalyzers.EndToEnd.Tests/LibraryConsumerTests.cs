using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>
    /// A library that uses the annotations and <c>Redact</c> at run time, packed as a package, and an application that
    /// references it: the application gets the annotations (it compiles against them and runs with them) and not the
    /// analyzers, which stay with the library that referenced them. Then the application adds both packages itself, and
    /// the same code gets the findings.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class LibraryConsumerTests
    {
        private const string LibraryName = "Contoso.Customers";

        private const string AppName = "ShopApp";

        private const string LibrarySource = """
            using System;
            using GdprAnalyzers.Annotations;

            namespace Contoso.Customers
            {
                public sealed class Customer
                {
                    public Customer(string email) => Email = email;

                    [PersonalData(PersonalDataCategory.Contact)]
                    public string Email { get; }
                }

                public static class CustomerLog
                {
                    /// <summary>How the library refers to a customer in its logs: by pseudonym.</summary>
                    public static string Describe(Customer customer) => "customer " + Redact.Pseudonymize(customer.Email);

                    public static void Trace(Customer customer) => Console.Error.WriteLine("Tracing " + customer.Email); // library-leak
                }
            }
            """;

        /// <summary>The application logs to the console (its .editorconfig says the console is its log): one value of the
        /// library's type, one of its own, both marked personal data.</summary>
        private const string AppSource = """
            using System;
            using Contoso.Customers;
            using GdprAnalyzers.Annotations;

            var customer = new Customer("jane.doe@example.com");
            var order = new Order { DeliveryAddress = "1 Main Street" };
            Console.WriteLine("Order placed by " + CustomerLog.Describe(customer));
            Console.WriteLine("Order placed by " + customer.Email); // app-leak-library-type
            Console.WriteLine("Deliver to " + order.DeliveryAddress); // app-leak-own-type

            public sealed class Order
            {
                [PersonalData(PersonalDataCategory.Contact)]
                public string DeliveryAddress { get; set; } = "";
            }
            """;

        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        private static readonly Regex Pseudonym = new(@"Order placed by customer ps:[0-9a-f]{16}", RegexOptions.CultureInvariant);

        private readonly PackedPackagesFixture fixture;
        private readonly ITestOutputHelper output;

        public LibraryConsumerTests(PackedPackagesFixture fixture, ITestOutputHelper output)
        {
            this.fixture = fixture;
            this.output = output;
        }

        [Fact]
        public async Task LibraryUsingAnnotations_ReferencedByApp_AppRunsWithoutTheAnalyzersUntilItAddsThem()
        {
            output.WriteLine(fixture.Log);

            // The library adds both packages with the tool, as the README says: dotnet add package writes the development
            // dependency's reference with PrivateAssets="all".
            string library = fixture.NewConsumer("library");
            File.WriteAllText(Path.Combine(library, LibraryName + ".csproj"), Project("Library", string.Empty));
            File.WriteAllText(Path.Combine(library, "Customers.cs"), LibrarySource);
            await AddPackagesAsync(library);
            XElement analyzersReference = XDocument.Load(Path.Combine(library, LibraryName + ".csproj")).Descendants("PackageReference")
                .Single(reference => (string?)reference.Attribute("Include") == PackedPackagesFixture.AnalyzersPackageId);
            Assert.Equal("all", analyzersReference.Element("PrivateAssets")?.Value);

            // Packing builds the library, where the analyzers run: its own leak is reported.
            ProcessResult pack = await Dotnet(library, "pack", "-o", fixture.FeedFolder, "-p:Version=" + fixture.PackageVersion, "-nologo");
            Assert.True(pack.ExitCode == 0, pack.Describe());
            Assert.Equal(
                new[] { "GDPR001 warning@" + BuildFindings.PositionOf(library, "Customers.cs", "library-leak") },
                BuildFindings.Of(pack, library).Select(finding => finding.KeyWithSeverity));

            // The library's package depends on the annotations, not on the analyzers.
            (_, XElement metadata) = PackageLayoutTests.Read(fixture.PackagePathOf(LibraryName));
            Assert.Equal(new[] { PackedPackagesFixture.AnnotationsPackageId }, PackageLayoutTests.Dependencies(metadata));

            // The application references the library alone: it compiles against the annotations and runs with Redact, and
            // no GdprAnalyzers diagnostic reaches it from the library's package.
            string app = fixture.NewConsumer("app");
            File.WriteAllText(
                Path.Combine(app, AppName + ".csproj"),
                Project("Exe", $"""<PackageReference Include="{LibraryName}" Version="{fixture.PackageVersion}" />"""));
            File.WriteAllText(Path.Combine(app, "Program.cs"), AppSource);
            File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n\n[*.cs]\ngdpr.console_is_log_sink = true\n");
            ProcessResult build = await Dotnet(app, "build", "--no-incremental", "-nologo");
            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.Empty(BuildFindings.Of(build, app));
            Assert.DoesNotContain("GDPR", build.AllOutput, StringComparison.Ordinal);
            await AssertRunsAsync(app);

            // The same application with both packages of its own gets the findings on its two leaks.
            await AddPackagesAsync(app);
            ProcessResult analyzed = await Dotnet(app, "build", "--no-incremental", "-nologo");
            Assert.True(analyzed.ExitCode == 0, analyzed.Describe());
            Assert.Equal(
                new[] { "app-leak-library-type", "app-leak-own-type" }.Select(marker => "GDPR001 warning@" + BuildFindings.PositionOf(app, "Program.cs", marker)),
                BuildFindings.Of(analyzed, app).Select(finding => finding.KeyWithSeverity).OrderBy(key => key, StringComparer.Ordinal));
            await AssertRunsAsync(app);
        }

        /// <summary>The application runs, and the library's <c>Redact.Pseudonymize</c> gave it a pseudonym.</summary>
        private async Task AssertRunsAsync(string app)
        {
            ProcessResult run = await Dotnet(app, Path.Combine("bin", "Debug", "net10.0", AppName + ".dll"));
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Matches(Pseudonym, run.StandardOutput);
        }

        private async Task AddPackagesAsync(string project)
        {
            foreach (string id in new[] { PackedPackagesFixture.AnnotationsPackageId, PackedPackagesFixture.AnalyzersPackageId })
            {
                ProcessResult add = await Dotnet(project, "add", "package", id, "--version", fixture.PackageVersion);
                Assert.True(add.ExitCode == 0, add.Describe());
            }
        }

        private static string Project(string outputType, string references) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """;

        private async Task<ProcessResult> Dotnet(string folder, params string[] arguments)
        {
            ProcessResult result = await fixture.DotnetAsync(folder, Timeout, arguments);
            output.WriteLine($"{result.CommandLine}: exit code {result.ExitCode}, {result.Elapsed.TotalSeconds:F1} s");
            return result;
        }
    }
}
