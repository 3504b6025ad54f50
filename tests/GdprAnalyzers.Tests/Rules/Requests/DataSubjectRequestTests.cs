using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.DataSubjectRequestAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using VerifyProbable = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.ProbableDataSubjectRequestAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR016 (and its opt-in twin GDPR108): erasure and access handlers that miss stored personal data.</summary>
    public sealed class DataSubjectRequestTests
    {
        /// <summary>A support desk: accounts, their tickets (no relationship EF Core could cascade: no navigation, no foreign
        /// key by convention) and the product catalogue, which holds no personal data.</summary>
        private const string Desk = """

            public sealed class Account
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
                [PersonalData] public string Name { get; set; } = "";
                public string Plan { get; set; } = "";
            }

            public sealed class SupportTicket
            {
                public int Id { get; set; }
                public int Owner { get; set; }
                [PersonalData] public string Body { get; set; } = "";
            }

            public sealed class Product
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            public sealed class DeskDb : DbContext
            {
                public DbSet<Account> Accounts => Set<Account>();
                public DbSet<SupportTicket> Tickets => Set<SupportTicket>();
                public DbSet<Product> Products => Set<Product>();
            }
            """;

        private const string Usings = """
            using System.Linq;
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;

            """;

        /// <summary>GDPR016 for an erasure handler that leaves <paramref name="left"/> (one entity type, or several).</summary>
        private static DiagnosticResult Erasure(int location, string handler, string left, bool several = false) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(handler, "erasure", $"leaves {left} stored; remove, anonymise, or mark {(several ? "them" : "it")} [RetainedAfterErasure(\"reason\")]");

        /// <summary>GDPR016 for an access handler that does not read <paramref name="missing"/>.</summary>
        private static DiagnosticResult Access(int location, string handler, string missing, bool several = false) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(handler, "access", $"does not read {missing}; add {(several ? "them" : "it")} to the copy the data subject receives");

        [Fact]
        public async Task ErasureHandler_RemovesAccountOnly_ReportsTicketsLeft_RemovingBoth_NoDiagnostic()
        {
            string source = Usings + """
                public sealed class Erasure(DeskDb db)
                {
                    [ErasureRequestHandler]
                    public async Task {|#0:DeleteMyData|}(int id)
                    {
                        db.Accounts.Remove(await db.Accounts.SingleAsync(a => a.Id == id));
                        await db.SaveChangesAsync();
                    }

                    [ErasureRequestHandler]
                    public async Task DeleteAll(int id)
                    {
                        db.Accounts.Remove(await db.Accounts.SingleAsync(a => a.Id == id));
                        db.RemoveRange(db.Tickets.Where(t => t.Owner == id));
                        await db.SaveChangesAsync();
                    }
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "DeleteMyData", "'SupportTicket' (Body)"));
        }

        [Fact]
        public async Task ErasureHandler_RemovalThroughCalledMethods_Counts_ExecuteDeleteAndContextRemove()
        {
            string source = Usings + """
                public interface ITicketStore
                {
                    Task PurgeAsync(int owner);
                }

                public sealed class TicketStore(DeskDb db) : ITicketStore
                {
                    public Task PurgeAsync(int owner) => db.Tickets.Where(t => t.Owner == owner).ExecuteDeleteAsync();
                }

                public sealed class Erasure(DeskDb db, ITicketStore tickets)
                {
                    [ErasureRequestHandler]
                    public async Task DeleteMyData(int id)
                    {
                        await tickets.PurgeAsync(id);
                        await RemoveAccount(id);
                    }

                    [ErasureRequestHandler]
                    public async Task {|#0:DeleteAccountOnly|}(int id) => await RemoveAccount(id);

                    private async Task RemoveAccount(int id)
                    {
                        db.Remove(await db.Accounts.SingleAsync(a => a.Id == id));
                        await db.SaveChangesAsync();
                    }
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "DeleteAccountOnly", "'SupportTicket' (Body)"));
        }

        [Fact]
        public async Task GenericRepositoryBehindInterface_RemovesTheTypeItIsCalledWith()
        {
            string source = Usings + """
                public interface IRepository<TEntity> where TEntity : class
                {
                    void Delete(TEntity entity);
                }

                public sealed class Repository<TEntity>(DeskDb db) : IRepository<TEntity> where TEntity : class
                {
                    public void Delete(TEntity entity) => Remove(entity);

                    private void Remove<TItem>(TItem item) where TItem : class => db.Set<TItem>().Remove(item);
                }

                public sealed class Erasure(IRepository<Account> accounts, IRepository<SupportTicket> tickets)
                {
                    [ErasureRequestHandler]
                    public void Forget(Account account, SupportTicket[] owned)
                    {
                        accounts.Delete(account);
                        foreach (SupportTicket ticket in owned)
                        {
                            tickets.Delete(ticket);
                        }
                    }

                    [ErasureRequestHandler]
                    public void {|#0:ForgetAccount|}(Account account) => accounts.Delete(account);
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "ForgetAccount", "'SupportTicket' (Body)"));
        }

        [Fact]
        public async Task ErasureHandler_AnonymisesEveryMember_NoDiagnostic_OneMemberLeft_Reported()
        {
            string source = Usings + """
                public sealed class Erasure(DeskDb db)
                {
                    [ErasureRequestHandler]
                    public async Task Anonymise(int id)
                    {
                        Account account = await db.Accounts.SingleAsync(a => a.Id == id);
                        account.Email = "";
                        account.Name = "(erased)";
                        await db.Tickets.Where(t => t.Owner == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, ""));
                    }

                    [ErasureRequestHandler]
                    public async Task {|#0:AnonymiseHalf|}(int id)
                    {
                        Account account = await db.Accounts.SingleAsync(a => a.Id == id);
                        account.Email = "";
                        db.Tickets.RemoveRange(db.Tickets.Where(t => t.Owner == id));

                        // A new object is not the stored one overwritten.
                        var copy = new Account { Name = "" };
                    }
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "AnonymiseHalf", "'Account' (Name)"));
        }

        [Fact]
        public async Task ErasureHandler_RequiredRelationship_CascadeDeletes_OptionalOrRestricted_Reported()
        {
            string source = Usings + """
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                    public List<Order> Orders { get; set; } = new();
                    public List<Review> Reviews { get; set; } = new();
                }

                public sealed class Order
                {
                    public int Id { get; set; }
                    public int CustomerId { get; set; }
                    public Customer Customer { get; set; } = null!;
                    [PersonalData] public string ShippingAddress { get; set; } = "";
                    public List<OrderNote> Notes { get; set; } = new();
                }

                // Required by its navigation (non-nullable, no foreign key property): deleted with the order, so with the customer.
                public sealed class OrderNote
                {
                    public int Id { get; set; }
                    public Order Order { get; set; } = null!;
                    [PersonalData] public string Text { get; set; } = "";
                }

                // Optional: the foreign key is nullable, EF Core sets it to null.
                public sealed class Review
                {
                    public int Id { get; set; }
                    public int? CustomerId { get; set; }
                    [PersonalData] public string Text { get; set; } = "";
                }

                // Required, but configured not to cascade.
                public sealed class Complaint
                {
                    public int Id { get; set; }
                    public int CustomerId { get; set; }
                    public Customer Customer { get; set; } = null!;
                    [PersonalData] public string Text { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                    public DbSet<Order> Orders => Set<Order>();
                    public DbSet<Review> Reviews => Set<Review>();
                    public DbSet<Complaint> Complaints => Set<Complaint>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                        modelBuilder.Entity<Complaint>().HasOne(c => c.Customer).WithMany().OnDelete(DeleteBehavior.Restrict);
                }

                public sealed class Erasure(ShopDb db)
                {
                    [ErasureRequestHandler]
                    public async Task {|#0:Forget|}(int id)
                    {
                        db.Customers.Remove(await db.Customers.SingleAsync(c => c.Id == id));
                        await db.SaveChangesAsync();
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source.Replace("using System.Linq;", "using System.Collections.Generic;\nusing System.Linq;"), Erasure(0, "Forget", "'Complaint' (Text) and 'Review' (Text)", several: true));
        }

        [Fact]
        public async Task RelationshipsWithoutNavigations_ConfiguredInEntityTypeConfiguration()
        {
            string source = Usings + """
                public sealed class Note
                {
                    public int Id { get; set; }
                    public int WriterNumber { get; set; }
                    [PersonalData] public string Text { get; set; } = "";
                }

                public sealed class Attachment
                {
                    public int Id { get; set; }
                    public int UploaderNumber { get; set; }
                    [PersonalData] public string FileName { get; set; } = "";
                }

                // Required (a non-nullable foreign key): cascades. The attachments' relationship is configured not to.
                public sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
                {
                    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Note> builder) =>
                        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.WriterNumber);
                }

                public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
                {
                    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Attachment> builder) =>
                        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.UploaderNumber).OnDelete(DeleteBehavior.NoAction);
                }

                public sealed class NotesDb : DbContext
                {
                    public DbSet<Account> Accounts => Set<Account>();
                    public DbSet<Note> Notes => Set<Note>();
                    public DbSet<Attachment> Attachments => Set<Attachment>();
                }

                public sealed class Erasure(NotesDb db)
                {
                    [ErasureRequestHandler]
                    public void {|#0:Forget|}(Account account) => db.Accounts.Remove(account);
                }
                """ + Desk.Replace("public sealed class DeskDb", "public sealed class UnusedDb");

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "Forget", "'Attachment' (FileName)"));
        }

        [Fact]
        public async Task RetainedAfterErasure_WithReason_Kept_PlaceholderCountsAsNone()
        {
            string source = Usings + """
                [RetainedAfterErasure("Legal obligation: invoices are kept 10 years (commercial code)")]
                public sealed class Invoice
                {
                    public int Id { get; set; }
                    [PersonalData] public string BillingName { get; set; } = "";
                }

                [RetainedAfterErasure("TODO")]
                public sealed class Shipment
                {
                    public int Id { get; set; }
                    [PersonalData] public string Address { get; set; } = "";
                }

                public sealed class Member
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                    [PersonalData, RetainedAfterErasure("Legal claims: the member's signed terms, until the limitation period ends")]
                    public string SignedTermsName { get; set; } = "";
                }

                public sealed class BillingDb : DbContext
                {
                    public DbSet<Invoice> Invoices => Set<Invoice>();
                    public DbSet<Shipment> Shipments => Set<Shipment>();
                    public DbSet<Member> Members => Set<Member>();
                }

                public sealed class Erasure(BillingDb db)
                {
                    [ErasureRequestHandler]
                    public async Task {|#0:Forget|}(int id)
                    {
                        Member member = await db.Members.SingleAsync(m => m.Id == id);
                        member.Email = "";
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "Forget", "'Shipment' (Address; its [RetainedAfterErasure] states no reason)"));
        }

        [Fact]
        public async Task AccessHandler_ReadsEveryType_NoDiagnostic_MissingTickets_Reported()
        {
            string source = Usings + """
                public sealed record Export(Account Account, SupportTicket[] Tickets);

                public sealed class Access(DeskDb db)
                {
                    [AccessRequestHandler]
                    public async Task<Export> DownloadMyData(int id) =>
                        new(await db.Accounts.SingleAsync(a => a.Id == id), await db.Tickets.Where(t => t.Owner == id).ToArrayAsync());

                    [AccessRequestHandler]
                    public async Task<Account?> {|#0:DownloadAccount|}(int id) => await db.Accounts.FindAsync(id);
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Access(0, "DownloadAccount", "'SupportTicket' (Body)"));
        }

        [Fact]
        public async Task Handler_UsesTwoContexts_EachContextsTypesNeeded()
        {
            string source = Usings + """
                public sealed class AuditEntry
                {
                    public int Id { get; set; }
                    [PersonalData] public string Actor { get; set; } = "";
                }

                public sealed class AuditDb : DbContext
                {
                    public DbSet<AuditEntry> Entries => Set<AuditEntry>();
                }

                public sealed class Erasure(DeskDb desk, AuditDb audit)
                {
                    [ErasureRequestHandler]
                    public async Task {|#0:Forget|}(int id)
                    {
                        await desk.Accounts.Where(a => a.Id == id).ExecuteDeleteAsync();
                        await desk.Tickets.Where(t => t.Owner == id).ExecuteDeleteAsync();
                        audit.Entries.Add(new AuditEntry { Actor = "system" });
                    }

                    [ErasureRequestHandler]
                    public async Task ForgetEverywhere(int id)
                    {
                        await desk.Accounts.Where(a => a.Id == id).ExecuteDeleteAsync();
                        await desk.Tickets.Where(t => t.Owner == id).ExecuteDeleteAsync();
                        await audit.Entries.Where(e => e.Actor == id.ToString()).ExecuteDeleteAsync();
                    }
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "Forget", "'AuditEntry' (Actor)"));
        }

        [Fact]
        public async Task MutuallyRecursiveHelpers_WalkEnds_FindsWhatTheyDo()
        {
            string source = Usings + """
                public sealed class Erasure(DeskDb db)
                {
                    [ErasureRequestHandler]
                    public void {|#0:Forget|}(int id) => Ping(id, 3);

                    private void Ping(int id, int left)
                    {
                        db.Accounts.RemoveRange(db.Accounts.Where(a => a.Id == id));
                        if (left > 0)
                        {
                            Pong(id, left - 1);
                        }
                    }

                    private void Pong(int id, int left)
                    {
                        Ping(id, left);
                        Forget(id);
                    }
                }
                """ + Desk;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "Forget", "'SupportTicket' (Body)"));
        }

        /// <summary>An Identity application: its user, external-login tokens of its own (no relationship to the user), and
        /// support tickets that belong to the user (a required relationship).</summary>
        private const string IdentityApp = """

            public sealed class AppUser : IdentityUser
            {
                public List<UserTicket> Tickets { get; set; } = new();
            }

            public sealed class ExternalLogin
            {
                public int Id { get; set; }
                public string Subject { get; set; } = "";
                [ProtectedPersonalData] public string Token { get; set; } = "";
            }

            public sealed class UserTicket
            {
                public int Id { get; set; }
                public string AppUserId { get; set; } = "";
                [ProtectedPersonalData] public string Body { get; set; } = "";
            }

            public sealed class AppDb : IdentityDbContext<AppUser>
            {
                public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();
                public DbSet<UserTicket> UserTickets => Set<UserTicket>();
            }
            """;

        private const string IdentityUsings = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore;

            """;

        [Fact]
        public async Task IdentityUserDeleted_IdentityTablesAndRequiredDependentsCascade_OwnTokensReported()
        {
            string source = IdentityUsings + """
                public sealed class Account(UserManager<AppUser> users, AppDb db)
                {
                    // The user's claims, logins and tokens go with the user (Identity's model), so do its tickets (a required
                    // foreign key, AppUserId); the application's own external-login tokens are not related to the user.
                    [ErasureRequestHandler]
                    public async Task {|#0:DeleteMyData|}(AppUser user) => await users.DeleteAsync(user);

                    [ErasureRequestHandler]
                    public async Task DeleteEverything(AppUser user)
                    {
                        db.ExternalLogins.RemoveRange(db.ExternalLogins.Where(l => l.Subject == user.Id));
                        await users.DeleteAsync(user);
                    }
                }
                """ + IdentityApp;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "DeleteMyData", "'ExternalLogin' (Token)"));
        }

        [Fact]
        public async Task IdentityAccessHandler_WithoutClaims_ReportsUserClaims()
        {
            string source = IdentityUsings + """
                public sealed record PersonalDataExport(AppUser User, IList<UserLoginInfo> Logins, string? AuthenticatorKey, IList<System.Security.Claims.Claim> Claims, ExternalLogin[] External, UserTicket[] Tickets);

                public sealed class Download(UserManager<AppUser> users, AppDb db)
                {
                    [AccessRequestHandler]
                    public async Task<object> {|#0:DownloadPersonalData|}(System.Security.Claims.ClaimsPrincipal principal)
                    {
                        AppUser user = (await users.GetUserAsync(principal))!;
                        return new
                        {
                            user.Email,
                            Logins = await users.GetLoginsAsync(user),
                            Key = await users.GetAuthenticatorKeyAsync(user),
                            External = await db.ExternalLogins.Where(l => l.Subject == user.Id).ToArrayAsync(),
                            Tickets = await db.UserTickets.Where(t => t.AppUserId == user.Id).ToArrayAsync(),
                        };
                    }

                    [AccessRequestHandler]
                    public async Task<PersonalDataExport> DownloadEverything(System.Security.Claims.ClaimsPrincipal principal)
                    {
                        AppUser user = (await users.GetUserAsync(principal))!;
                        return new PersonalDataExport(
                            user,
                            await users.GetLoginsAsync(user),
                            await users.GetAuthenticatorKeyAsync(user),
                            await users.GetClaimsAsync(user),
                            await db.ExternalLogins.Where(l => l.Subject == user.Id).ToArrayAsync(),
                            await db.UserTickets.Where(t => t.AppUserId == user.Id).ToArrayAsync());
                    }
                }
                """ + IdentityApp;

            await Verify.VerifyAnalyzerAsync(source, Access(0, "DownloadPersonalData", "'IdentityUserClaim' (ClaimType, ClaimValue)"));
        }

        [Fact]
        public async Task OwnedType_MembersAreTheOwners_AnonymisedWithThem()
        {
            string source = Usings + """
                public sealed class Address
                {
                    [PersonalData] public string Street { get; set; } = "";
                    public string Country { get; set; } = "";
                }

                public sealed class Patron
                {
                    public int Id { get; set; }
                    [PersonalData] public string Name { get; set; } = "";
                    public Address Home { get; set; } = new();
                }

                public sealed class LibraryDb : DbContext
                {
                    public DbSet<Patron> Patrons => Set<Patron>();
                }

                public sealed class Erasure(LibraryDb db)
                {
                    [ErasureRequestHandler]
                    public async Task Anonymise(int id)
                    {
                        Patron patron = await db.Patrons.SingleAsync(p => p.Id == id);
                        patron.Name = "";
                        patron.Home.Street = "";
                    }

                    [ErasureRequestHandler]
                    public async Task {|#0:AnonymiseName|}(int id)
                    {
                        Patron patron = await db.Patrons.SingleAsync(p => p.Id == id);
                        patron.Name = "";
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "AnonymiseName", "'Patron' (Home.Street)"));
        }

        [Fact]
        public async Task ProbablePersonalData_OptionOn_Gdpr108ForUnannotatedTypesOnly_OptionOff_Nothing()
        {
            string source = Usings + """
                public sealed class Lead
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                    public string PhoneNumber { get; set; } = "";
                }

                public sealed class CrmDb : DbContext
                {
                    public DbSet<Lead> Leads => Set<Lead>();
                    public DbSet<Account> Accounts => Set<Account>();
                    public DbSet<SupportTicket> Tickets => Set<SupportTicket>();
                }

                public sealed class Erasure(CrmDb db)
                {
                    // Account and SupportTicket have marked personal data: GDPR016's, not GDPR108's.
                    [ErasureRequestHandler]
                    public void {|#0:Forget|}(int id) => db.Accounts.RemoveRange(db.Accounts.Where(a => a.Id == id));
                }
                """ + Desk.Replace("public sealed class DeskDb", "public sealed class UnusedDb");

            var on = new VerifyProbable.Test { TestCode = source };
            on.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.probable_personal_data_in_flows = true")));
            on.ExpectedDiagnostics.Add(VerifyProbable.Diagnostic().WithLocation(0).WithArguments(
                "Forget", "erasure", "leaves 'Lead' (Email, PhoneNumber) stored; remove, anonymise, or mark it [RetainedAfterErasure(\"reason\")]"));
            await on.RunAsync();

            await VerifyProbable.VerifyAnalyzerAsync(source.Replace("{|#0:Forget|}", "Forget"));
        }

        [Fact]
        public async Task HandlersInTheContext_EntryStateDeleted_ExplicitCascade_IncludeReads()
        {
            string source = Usings + """
                public sealed class Guest
                {
                    public int Id { get; set; }
                    [PersonalData] public string Name { get; set; } = "";
                    public List<Booking> Bookings { get; set; } = new();
                }

                // Optional by convention (nullable foreign key), but configured to cascade.
                public sealed class Booking
                {
                    public int Id { get; set; }
                    public int? GuestId { get; set; }
                    [PersonalData] public string Requests { get; set; } = "";
                }

                public sealed class HotelDb : DbContext
                {
                    public DbSet<Guest> Guests => Set<Guest>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                        modelBuilder.Entity<Guest>().HasMany(g => g.Bookings).WithOne().OnDelete(DeleteBehavior.Cascade);

                    [ErasureRequestHandler]
                    public void Forget(Guest guest) => Entry(guest).State = EntityState.Deleted;

                    [AccessRequestHandler]
                    public Guest? Export(int id) => Guests.Include(g => g.Bookings).SingleOrDefault(g => g.Id == id);

                    [AccessRequestHandler]
                    public Guest? {|#0:ExportGuest|}(int id) => Guests.SingleOrDefault(g => g.Id == id);
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source.Replace("using System.Linq;", "using System.Collections.Generic;\nusing System.Linq;"),
                Access(0, "ExportGuest", "'Booking' (Requests)"));
        }

        [Fact]
        public async Task DeleteBehaviourSetForAllForeignKeys_NoCascadeByConvention_RetainedSetKept()
        {
            string source = Usings + """
                public sealed class Pupil
                {
                    public int Id { get; set; }
                    [PersonalData] public string Name { get; set; } = "";
                }

                public sealed class Grade
                {
                    public int Id { get; set; }
                    public int PupilId { get; set; }
                    public Pupil Pupil { get; set; } = null!;
                    [PersonalData] public string Remark { get; set; } = "";
                }

                public sealed class Diploma
                {
                    public int Id { get; set; }
                    public int PupilId { get; set; }
                    public Pupil Pupil { get; set; } = null!;
                    [PersonalData] public string Holder { get; set; } = "";
                }

                public sealed class SchoolDb : DbContext
                {
                    public DbSet<Pupil> Pupils => Set<Pupil>();
                    public DbSet<Grade> Grades => Set<Grade>();

                    [RetainedAfterErasure("Legal obligation: diplomas are kept for the school's register")]
                    public DbSet<Diploma> Diplomas => Set<Diploma>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
                        {
                            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
                        }
                    }
                }

                public sealed class Erasure(SchoolDb db)
                {
                    [ErasureRequestHandler]
                    public void {|#0:Forget|}(Pupil pupil) => db.Pupils.Remove(pupil);
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "Forget", "'Grade' (Remark)"));
        }

        [Fact]
        public async Task HandlerInGeneratedCode_NotAnalysed()
        {
            string generated = "// <auto-generated/>\n" + Usings + """
                public sealed class GeneratedErasure(DeskDb db)
                {
                    [ErasureRequestHandler]
                    public void DeleteMyData(int id) => db.Accounts.RemoveRange(db.Accounts.Where(a => a.Id == id));
                }
                """;

            var test = new Verify.Test { TestCode = Usings + Desk };
            test.TestState.Sources.Add(("Generated.g.cs", generated));
            await test.RunAsync();
        }

        [Fact]
        public async Task WithoutEfCore_HandlerChecksNothing()
        {
            string source = """
                using System.Collections.Generic;
                using GdprAnalyzers.Annotations;

                public sealed class Subscribers
                {
                    private readonly Dictionary<int, string> emails = new();

                    [ErasureRequestHandler]
                    public void Forget(int id) { }
                }
                """;

            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80 };
            await test.RunAsync();
        }

        [Fact]
        public async Task NoHandlerAttribute_NoDiagnostic_BrokenHandler_NoException()
        {
            string source = Usings + """
                public sealed class Service(DeskDb db)
                {
                    public void DeleteMyData(int id) => db.Accounts.RemoveRange(db.Accounts.Where(a => a.Id == id));

                    [ErasureRequestHandler]
                    public void {|#0:Broken|}(int id)
                    {
                        db.Accounts.{|CS1061:Purge|}(id);
                        db.Tickets.RemoveRange({|CS0103:missing|});
                    }
                }
                """ + Desk;

            // Calls that do not bind remove nothing.
            await Verify.VerifyAnalyzerAsync(source, Erasure(0, "Broken", "'Account' (Email, Name) and 'SupportTicket' (Body)", several: true));
        }
    }
}
