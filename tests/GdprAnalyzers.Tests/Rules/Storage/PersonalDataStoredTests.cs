using System.Threading.Tasks;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.LawfulBasisCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR002 and GDPR003 on EF Core entities: reported once, at the declaration.</summary>
    public sealed class PersonalDataStoredTests
    {
        [Fact]
        public async Task EntityMembers_Undeclared_ReportedAtDeclarationOnce()
        {
            // Restated from a public report (shared/cases/ActivityStore.cs).
            string source = """
                using System;
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class ActivityEntry
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:UserName|} { get; set; } = "";
                    [PersonalData] public string {|#1:ClientIp|} { get; set; } = "";
                    public DateTime At { get; set; }
                }

                [ProcessingPurpose("Detect account takeover")]
                [LawfulBasis(LawfulBasis.LegitimateInterests)]
                public sealed class SecurityEvent
                {
                    public int Id { get; set; }
                    [PersonalData] public string ClientIp { get; set; } = "";
                }

                public sealed class ActivityDb : DbContext
                {
                    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();
                    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

                    public void Record(ActivityEntry entry)
                    {
                        Activity.Add(entry);
                        Add(entry);
                        SaveChanges();
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("ActivityEntry.UserName", "ActivityDb.Activity"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("ActivityEntry.UserName", "ActivityDb.Activity"),
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(1).WithArguments("ActivityEntry.ClientIp", "ActivityDb.Activity"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(1).WithArguments("ActivityEntry.ClientIp", "ActivityDb.Activity"));
        }

        [Fact]
        public async Task Declarations_OnMemberTypeSetOrContext_EachCount()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData, ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                    public string Email { get; set; } = "";
                }

                [ProcessingPurpose("Deliver orders")]
                public sealed class Shipment
                {
                    public int Id { get; set; }
                    [PersonalData, LawfulBasis(LawfulBasis.Contract)] public string Address { get; set; } = "";
                }

                public sealed class Invoice
                {
                    public int Id { get; set; }
                    [PersonalData] public string BillingName { get; set; } = "";
                }

                [LawfulBasis(LawfulBasis.LegalObligation)]
                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                    public DbSet<Shipment> Shipments => Set<Shipment>();

                    [ProcessingPurpose("Keep invoices for the tax authority")]
                    public DbSet<Invoice> Invoices => Set<Invoice>();
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Theory]
        [InlineData("")]
        [InlineData("TODO")]
        [InlineData("todo: fill in")]
        [InlineData("TBD")]
        [InlineData("?")]
        [InlineData("...")]
        public async Task PlaceholderPurpose_ReportedLikeMissing_NearestWins(string placeholder)
        {
            string source = $$"""
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData, ProcessingPurpose("{{placeholder}}")] public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers"));
        }

        [Fact]
        public async Task IdentityUserSubclass_InheritedPersonalData_ReportedOnSubclassOnce()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

                [LawfulBasis(LawfulBasis.Contract)]
                public sealed class {|#0:ShopUser|} : IdentityUser
                {
                    // Identity's own [PersonalData] counts like ours.
                    [ProcessingPurpose("Address the customer by name")]
                    [Microsoft.AspNetCore.Identity.PersonalData] public string DisplayName { get; set; } = "";
                }

                public sealed class AppDb : IdentityDbContext<ShopUser>
                {
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0)
                    .WithArguments("IdentityUser.Id, IdentityUser.UserName, IdentityUser.Email, IdentityUser.EmailConfirmed and 3 more (inherited by ShopUser)", "AppDb.Users"));
        }

        [Fact]
        public async Task IdentityUserSubclass_DeclaredOnSubclass_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

                [ProcessingPurpose("Run customer accounts"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class ShopUser : IdentityUser
                {
                }

                public sealed class AppDb : IdentityDbContext<ShopUser>
                {
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task NavigationAndWholePersonalDataEntity_ReportedOnTheirOwnDeclarations()
        {
            string source = """
                using System.Collections.Generic;
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [ProcessingPurpose("Deliver orders"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class Order
                {
                    public int Id { get; set; }
                    public Recipient Recipient { get; set; } = new Recipient();
                    public List<Note> Notes { get; set; } = new List<Note>();
                }

                [PersonalData]
                public sealed class {|#0:Recipient|}
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                }

                public sealed class Note
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#1:Text|} { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Order> Orders => Set<Order>();
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Recipient", "ShopDb.Orders"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Recipient", "ShopDb.Orders"),
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(1).WithArguments("Note.Text", "ShopDb.Orders"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(1).WithArguments("Note.Text", "ShopDb.Orders"));
        }

        [Fact]
        public async Task EntityWithItsOwnDbSet_ReachedByANavigation_NeedsOnlyTheDeclarationsOfItsOwnSets()
        {
            // EF Core keeps a customer in the Customers table and writes only its key into a message: the declarations of
            // SupportDb.Messages do not apply to the customer's e-mail address. A context that has no set of its own for
            // the customer (ArchiveDb) still maps a table for it through the navigation, and its declarations count.
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class Message
                {
                    public int Id { get; set; }
                    public Customer Customer { get; set; } = new Customer();
                }

                public sealed class SupportDb : DbContext
                {
                    [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                    public DbSet<Customer> Customers => Set<Customer>();

                    public DbSet<Message> Messages => Set<Message>();
                }

                public sealed class ArchiveDb : DbContext
                {
                    public DbSet<Message> Messages => Set<Message>();
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Customer.Email", "ArchiveDb.Messages"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Customer.Email", "ArchiveDb.Messages"));
        }

        [Fact]
        public async Task TypeNotExposedByAnyDbSet_NoDiagnosticAtDeclaration()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Draft
                {
                    [PersonalData] public string Email { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task ReadModels_KeylessOrMappedToViewOrQueryOnly_NotStores()
        {
            // EF Core refuses to save an entity without a key or one mapped to a view, a SQL query or a function and not to
            // a table: such read models (read with FromSqlRaw, a view or a query) store nothing. An entity mapped to a view
            // for queries and to a table for updates is stored.
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Metadata.Builders;

                [Keyless]
                public sealed class ContactSummary
                {
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class CustomerReport
                {
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class VisitorView
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class SearchHit
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class Member
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class SearchHitConfiguration : IEntityTypeConfiguration<SearchHit>
                {
                    public void Configure(EntityTypeBuilder<SearchHit> builder) => builder.ToSqlQuery("SELECT Id, Email FROM Members");
                }

                public sealed class ReportingDb : DbContext
                {
                    public DbSet<ContactSummary> Contacts => Set<ContactSummary>();
                    public DbSet<CustomerReport> Reports => Set<CustomerReport>();
                    public DbSet<VisitorView> Visitors => Set<VisitorView>();
                    public DbSet<SearchHit> Hits => Set<SearchHit>();
                    public DbSet<Member> Members => Set<Member>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<CustomerReport>().HasNoKey().ToView("customer_report");
                        modelBuilder.Entity<VisitorView>(visitor => visitor.ToView("visitors"));
                        modelBuilder.Entity<Member>().ToView("member_list").ToTable("members");
                        modelBuilder.ApplyConfiguration(new SearchHitConfiguration());
                    }

                    public System.Linq.IQueryable<ContactSummary> Find(string email) =>
                        Contacts.FromSqlRaw("SELECT Email FROM Contacts WHERE Email = {0}", email);
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Member.Email", "ReportingDb.Members"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Member.Email", "ReportingDb.Members"));
        }

        [Fact]
        public async Task EfAddOfTypeFromAnotherAssembly_ReportedAtCall()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.EntityFrameworkCore;

                public sealed class LegacyDb : DbContext
                {
                    public void Import(IdentityUser user)
                    {
                        Add({|#0:user|});
                    }

                    [ProcessingPurpose("Migrate accounts"), LawfulBasis(LawfulBasis.Contract)]
                    public void ImportDeclared(IdentityUser user) => Add(user);
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("user", "DbContext.Add"),
                Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("user", "DbContext.Add"));
        }

        [Fact]
        public async Task MigrationAndSnapshotWithoutGeneratedHeader_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Infrastructure;
                using Microsoft.EntityFrameworkCore.Migrations;

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }

                [DbContext(typeof(ShopDb))]
                [Migration("20260101000000_Initial")]
                public partial class Initial : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.CreateTable(
                            name: "Customers",
                            columns: table => new { Id = table.Column<int>(nullable: false), Email = table.Column<string>(nullable: false) },
                            constraints: table => table.PrimaryKey("PK_Customers", x => x.Id));
                        migrationBuilder.InsertData("Customers", new[] { "Id", "Email" }, new object[] { 1, "seed@example.com" });
                    }
                }

                [DbContext(typeof(ShopDb))]
                public partial class ShopDbModelSnapshot : ModelSnapshot
                {
                    protected override void BuildModel(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity("Customer", b => { b.Property<int>("Id"); b.Property<string>("Email"); b.HasKey("Id"); b.ToTable("Customers"); });
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task GeneratedEntity_Ignored()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Customer.g.cs", """
                // <auto-generated/>
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """));
            await test.RunAsync();
        }
    }
}
