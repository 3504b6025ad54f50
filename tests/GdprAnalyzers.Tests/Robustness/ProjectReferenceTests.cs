using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GdprAnalyzers.Tests.Robustness
{
    /// <summary>
    /// An IDE (and a workspace such as the command-line tool's before it emits references) gives a project that references
    /// another project of the solution that project's source compilation, not an assembly: the other project's symbols
    /// then have source locations in trees that are not part of the compilation analysed. The analyzers must not bind
    /// them (<c>Compilation.GetSemanticModel</c> throws for a foreign tree, which an IDE turns into AD0001 and a disabled
    /// analyzer).
    /// </summary>
    public sealed class ProjectReferenceTests
    {
        private const string Library = """
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            namespace Shop.Data;

            public class Customer
            {
                public int Id { get; set; }

                [PersonalData(PersonalDataCategory.Contact)]
                public string Email { get; set; } = "";
            }

            public class ShopContext : DbContext
            {
                public DbSet<Customer> Customers => Set<Customer>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Customer>().ToTable("Customers");
                }
            }

            public static class Audit
            {
                public static void Write(ILogger logger, string value) => logger.LogInformation("Audit {Value}", value);

                public static string Describe(Customer customer) => "Customer " + customer.Email;
            }
            """;

        private const string Application = """
            using Microsoft.Extensions.Logging;
            using Shop.Data;

            namespace Shop.App;

            public class Service
            {
                private readonly ILogger<Service> logger;
                private readonly ShopContext context;

                public Service(ILogger<Service> logger, ShopContext context)
                {
                    this.logger = logger;
                    this.context = context;
                }

                public void Register(Customer customer)
                {
                    Audit.Write(logger, customer.Email);
                    logger.LogInformation("Registered {Text}", Audit.Describe(customer));
                    context.Customers.Add(customer);
                    context.SaveChanges();
                }
            }
            """;

        [Fact]
        public async Task ProjectReferencedAsSourceCompilation_AnalyzersNeitherThrowNorReportThere()
        {
            CSharpCompilation library = await AnalyzerHarness.CreateCompilationAsync("Shop.Data", new[] { CSharpSyntaxTree.ParseText(Library, AnalyzerHarness.ParseOptions, path: "Library.cs") });
            Assert.Empty(library.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
            CSharpCompilation application = CSharpCompilation.Create(
                "Shop.App",
                new[] { CSharpSyntaxTree.ParseText(Application, AnalyzerHarness.ParseOptions, path: "Application.cs") },
                library.References.Append(library.ToMetadataReference()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(application.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

            HarnessResult result = await AnalyzerHarness.AnalyzeAsync(application, AnalyzerHarness.CreateAllAnalyzers(), Options());

            Assert.Empty(result.Failures);
            // As in a build, where the library is an assembly: the store in this project is reported, at this project's code.
            Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "GDPR002" && diagnostic.Location.SourceTree!.FilePath == "Application.cs");
            Assert.All(result.Diagnostics, diagnostic => Assert.Equal("Application.cs", diagnostic.Location.SourceTree!.FilePath));
        }

        private static AnalyzerOptions Options() =>
            new(ImmutableArray<AdditionalText>.Empty, AnalyzerHarness.OptionsWith(new Dictionary<string, string>()).AnalyzerConfigOptionsProvider);
    }
}
