using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using GdprAnalyzers.Facts;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GdprAnalyzers.Tests.Facts
{
    /// <summary>
    /// The facts a host that is not an analyzer reads (the record of processing): the analyzers record them into a
    /// <see cref="ProcessingFactsRecorder"/> among the options' additional files while they run, compliant flows
    /// included; <see cref="PersonalDataInventory"/> lists the declared personal data with its declarations.
    /// </summary>
    public sealed class ProcessingFactsTests
    {
        private const string Shop = @"
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

[ProcessingPurpose(""Deliver the orders the customer places"")]
public class Customer
{
    public int Id { get; set; }

    [PersonalData(PersonalDataCategory.Contact)]
    [LawfulBasis(LawfulBasis.Contract)]
    public string Email { get; set; } = """";

    [PersonalData]
    public string Name { get; set; } = """";

    public int Visits { get; set; }
}

[RetentionPeriod(""P2Y"", Criteria = ""after the customer's last order"")]
public class ShopContext : DbContext
{
    public DbSet<Customer> Customers => Set<Customer>();
}

public class Service
{
    private readonly ILogger<Service> logger;

    public Service(ILogger<Service> logger) => this.logger = logger;

    public void Open(Customer customer) => logger.LogInformation(""Opened for {Email}"", customer.Email);

    public void Close(Customer customer)
    {
        var name = customer.Name;
        logger.LogWarning(""Closed for {Name}"", name);
    }

    [AutomatedDecision]
    public static bool Approve(string email) => email.Length > 3;

    public bool Decide(Customer customer) => Approve(customer.Email);

    [HumanReview]
    public bool DecideReviewed(Customer customer) => Approve(customer.Name);
}
";

        [Fact]
        public async Task Storage_RecordsEachStoredMember_WithTheStatedPurposeBasisAndRetention_AndTheRulesForWhatIsMissing()
        {
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Shop);

            ProcessingFact email = Single(facts, ProcessingKind.Storage, "Customer.Email");
            Assert.Equal("Contact", email.Category);
            Assert.Equal("Deliver the orders the customer places", email.Purpose);
            Assert.Equal("Contract", email.LawfulBasis);
            Assert.Equal("P2Y", email.RetentionPeriod);
            Assert.Equal("after the customer's last order", email.RetentionCriteria);
            Assert.True(email.IsCompliant);
            Assert.Contains("Customers", email.Destination);

            ProcessingFact name = Single(facts, ProcessingKind.Storage, "Customer.Name");
            Assert.Null(name.Category);
            Assert.Equal("Deliver the orders the customer places", name.Purpose);
            Assert.Null(name.LawfulBasis);
            Assert.Equal(new[] { "GDPR003" }, name.RuleIds);

            Assert.DoesNotContain(facts, fact => fact.Data == "Customer.Visits");
        }

        [Fact]
        public async Task Logs_RecordWhatGdpr001Reports_AtTheFlaggedExpression()
        {
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Shop);

            ProcessingFact logged = Single(facts, ProcessingKind.Log, "Customer.Email");
            Assert.Equal(new[] { "GDPR001" }, logged.RuleIds);
            Assert.Contains("LogInformation", logged.Destination);
            Assert.Equal("customer.Email", logged.Location.SourceTree!.GetText().ToString(logged.Location.SourceSpan));
            Assert.Equal("Customer.Email", logged.Item);
        }

        [Fact]
        public async Task Logs_AWholeObjectWrittenOut_RecordsEveryPersonalDataMemberItCarries()
        {
            const string Profile = @"
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.Logging;

public record Profile([property: PersonalData(PersonalDataCategory.Contact)] string Email, [property: PersonalData] string Name, int Visits)
{
    // Not written with the object: a private field, and a member hidden from Serilog's destructuring.
    [PersonalData] private readonly string note = """";

    public string Note => note.Length.ToString();

    [PersonalData, Destructurama.Attributed.NotLogged] public string Phone { get; init; } = """";
}

public class Service
{
    private readonly ILogger<Service> logger = null!;

    public void Done(Profile profile) => logger.LogInformation(""Profile complete: {Profile}"", profile);
}

namespace Destructurama.Attributed
{
    [System.AttributeUsage(System.AttributeTargets.Property)]
    public sealed class NotLoggedAttribute : System.Attribute { }
}
";
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Profile);

            Assert.Equal(
                new[] { "Profile.Email", "Profile.Name" },
                facts.Where(fact => fact.Kind == ProcessingKind.Log).Select(fact => fact.Item).OrderBy(item => item, System.StringComparer.Ordinal));
            Assert.All(facts.Where(fact => fact.Kind == ProcessingKind.Log), fact => Assert.Equal(new[] { "GDPR001" }, fact.RuleIds));
        }

        [Fact]
        public async Task Facts_NameTheDeclaredItemAValueComesFrom_ALocalItsMember()
        {
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Shop);

            ProcessingFact local = Single(facts, ProcessingKind.Log, "name");
            Assert.Equal("Customer.Name", local.Item);
            Assert.Equal("Customer.Email", Single(facts, ProcessingKind.Storage, "Customer.Email").Item);
            Assert.Equal("Customer.Email", Single(facts, ProcessingKind.AutomatedDecision, "Customer.Email").Item);
        }

        [Fact]
        public async Task Decisions_RecordReviewedDecisionsAsCompliant_AndUnreviewedOnesWithGdpr004()
        {
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Shop);

            ProcessingFact unreviewed = Single(facts, ProcessingKind.AutomatedDecision, "Customer.Email");
            Assert.False(unreviewed.HumanReview);
            Assert.Equal(new[] { "GDPR004" }, unreviewed.RuleIds);

            ProcessingFact reviewed = Single(facts, ProcessingKind.AutomatedDecision, "Customer.Name");
            Assert.True(reviewed.HumanReview);
            Assert.True(reviewed.IsCompliant);
        }

        [Fact]
        public async Task Transfers_RecordTheDeclaredRecipient_AndUndeclaredOnesWithGdpr011()
        {
            const string Bot = @"
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.Extensions.AI;

public class Bot
{
    [Recipient(""OpenAI"", Role = RecipientRole.Processor, Country = ""US"", Mechanism = TransferMechanism.StandardContractualClauses)]
    private readonly IChatClient model = null!;

    private readonly IChatClient other = null!;

    public Task Ask([PersonalData(PersonalDataCategory.Contact)] string email) => model.GetResponseAsync(email);

    public Task Forward([PersonalData] string name) => other.GetResponseAsync(name);
}
";
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Bot);

            ProcessingFact declared = Single(facts, ProcessingKind.Transfer, "email");
            Assert.True(declared.IsCompliant);
            Assert.Equal("Contact", declared.Category);
            Assert.Equal("IChatClient.GetResponseAsync", declared.Destination);
            Assert.Equal(("OpenAI", "Processor", "US", "StandardContractualClauses"), (declared.Recipient!.Name, declared.Recipient.Role, declared.Recipient.Country, declared.Recipient.Mechanism));

            ProcessingFact undeclared = Single(facts, ProcessingKind.Transfer, "name");
            Assert.Null(undeclared.Recipient);
            Assert.Equal(new[] { "GDPR011" }, undeclared.RuleIds);
        }

        [Fact]
        public async Task SpecialCategoryStoredInClear_AddsGdpr014ToTheStoresFlow_KeepingItsDeclarations()
        {
            const string Clinic = @"
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose(""Treat the patient""), LawfulBasis(LawfulBasis.Contract), RetentionPeriod(""P10Y"")]
public class Patient
{
    public int Id { get; set; }

    [PersonalData(PersonalDataCategory.SpecialCategory)]
    public string Diagnosis { get; set; } = """";

    [PersonalData(PersonalDataCategory.Contact)]
    public string Email { get; set; } = """";
}

public class ClinicDb : DbContext
{
    public DbSet<Patient> Patients => Set<Patient>();
}
";
            ImmutableArray<ProcessingFact> facts = await RecordAsync(Clinic);

            ProcessingFact diagnosis = Single(facts, ProcessingKind.Storage, "Patient.Diagnosis");
            Assert.Equal(new[] { "GDPR014" }, diagnosis.RuleIds);
            Assert.Equal(("Treat the patient", "Contract", "P10Y"), (diagnosis.Purpose, diagnosis.LawfulBasis, diagnosis.RetentionPeriod));
            Assert.Equal("Patient.Diagnosis", diagnosis.Item);
            Assert.True(Single(facts, ProcessingKind.Storage, "Patient.Email").IsCompliant);
        }

        [Fact]
        public async Task RequestHandlers_RecordWhatEachCovers_WhatItMisses_AndWhatIsKeptWithItsReason()
        {
            const string Shop = @"
using System.Linq;
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;

[ProcessingPurpose(""Sell""), LawfulBasis(LawfulBasis.Contract), RetentionPeriod(""P2Y"")]
public class Customer
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = """";
    [PersonalData] public string Name { get; set; } = """";
}

[ProcessingPurpose(""Sell""), LawfulBasis(LawfulBasis.Contract), RetentionPeriod(""P10Y"")]
public class Invoice
{
    public int Id { get; set; }
    [PersonalData, RetainedAfterErasure(""Invoices are kept ten years for the tax authority"")] public string BillingName { get; set; } = """";
}

[ProcessingPurpose(""Sell""), LawfulBasis(LawfulBasis.Contract), RetentionPeriod(""P1Y"")]
public class Review
{
    public int Id { get; set; }
    [PersonalData] public string Author { get; set; } = """";
}

public class ShopDb : DbContext
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Review> Reviews => Set<Review>();
}

public class Account
{
    private readonly ShopDb db = null!;

    [ErasureRequestHandler]
    public void Erase(int id)
    {
        db.Customers.Remove(db.Customers.Find(id)!);
        db.SaveChanges();
    }

    [AccessRequestHandler]
    public object Export(int id) => new { Customer = db.Customers.Find(id), Reviews = db.Reviews.ToList(), Invoices = db.Invoices.ToList() };
}
";
            var recorder = new ProcessingFactsRecorder();
            HarnessResult result = await AnalyzerHarness.AnalyzeAsync(await CompileAsync(Shop), AnalyzerHarness.CreateAllAnalyzers(), Options(recorder));
            Assert.Empty(result.Failures);

            RequestHandlerFact erase = Assert.Single(recorder.RequestHandlers, handler => handler.Request == DataSubjectRequestKind.Erasure);
            Assert.Equal("Account.Erase", erase.Handler);
            Assert.Equal(new[] { "Customer.Email", "Customer.Name" }, erase.Covered);
            Assert.Equal(new[] { "Review.Author" }, erase.Missed);
            Assert.Equal(new[] { "GDPR016" }, erase.RuleIds);
            RetainedItemFact kept = Assert.Single(erase.Retained);
            Assert.Equal(("Invoice.BillingName", "Invoices are kept ten years for the tax authority"), (kept.Item, kept.Reason));

            RequestHandlerFact export = Assert.Single(recorder.RequestHandlers, handler => handler.Request == DataSubjectRequestKind.Access);
            Assert.Equal(new[] { "Customer.Email", "Customer.Name", "Invoice.BillingName", "Review.Author" }, export.Covered);
            Assert.Empty(export.Missed);
            Assert.Empty(export.RuleIds);
            Assert.Empty(export.Retained);
        }

        [Fact]
        public async Task WithoutARecorder_TheAnalyzersReportTheSameDiagnostics()
        {
            CSharpCompilation compilation = await CompileAsync(Shop);
            ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHarness.CreateAllAnalyzers();
            var recorder = new ProcessingFactsRecorder();

            HarnessResult plain = await AnalyzerHarness.AnalyzeAsync(compilation, analyzers, Options());
            HarnessResult recorded = await AnalyzerHarness.AnalyzeAsync(compilation, analyzers, Options(recorder));

            Assert.Empty(plain.Failures);
            Assert.Empty(recorded.Failures);
            Assert.Equal(Describe(plain.Diagnostics), Describe(recorded.Diagnostics));
            Assert.Contains(Describe(plain.Diagnostics), line => line.StartsWith("GDPR003", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Inventory_ListsDeclaredPersonalData_WithCategoryAndTheDeclarationsOnMemberOrType()
        {
            CSharpCompilation compilation = await CompileAsync(Shop);

            ImmutableArray<PersonalDataItem> items = PersonalDataInventory.Collect(compilation, Options(), out bool truncated);

            Assert.False(truncated);
            Assert.Equal(new[] { "Customer.Email", "Customer.Name" }, items.Select(item => item.Name));
            Assert.Equal("Contact", items[0].Category);
            Assert.Equal("Deliver the orders the customer places", items[0].Purpose);
            Assert.Equal("Contract", items[0].LawfulBasis);
            Assert.Null(items[1].LawfulBasis);
        }

        [Fact]
        public async Task Inventory_ListsATypeMarkedAsAWhole_AndAPlaceholderPurposeAsNone()
        {
            CSharpCompilation compilation = await CompileAsync(@"
using GdprAnalyzers.Annotations;

[PersonalData(PersonalDataCategory.SpecialCategory)]
[ProcessingPurpose(""TODO"")]
public class Diagnosis
{
    public string Code { get; set; } = """";
}
");

            ImmutableArray<PersonalDataItem> items = PersonalDataInventory.Collect(compilation, Options(), out _);

            PersonalDataItem diagnosis = Assert.Single(items);
            Assert.Equal("Diagnosis", diagnosis.Name);
            Assert.Equal("SpecialCategory", diagnosis.Category);
            Assert.Null(diagnosis.Purpose);
        }

        [Fact]
        public async Task Inventory_ListsPersonalDataInheritedFromALibraryType_OnceAtTheFirstSubclass_WithItsDeclarations()
        {
            CSharpCompilation compilation = await CompileAsync(@"
using GdprAnalyzers.Annotations;
using Microsoft.AspNetCore.Identity;

[ProcessingPurpose(""Run customer accounts""), LawfulBasis(LawfulBasis.Contract)]
public class ShopUser : IdentityUser
{
}

public class StaffUser : ShopUser
{
}

public class ShopException : System.Exception
{
}
");

            ImmutableArray<PersonalDataItem> items = PersonalDataInventory.Collect(compilation, Options(), out _);

            Assert.Contains("IdentityUser.Email", items.Select(item => item.Name));
            Assert.Contains("IdentityUser.PhoneNumber", items.Select(item => item.Name));
            Assert.Equal(items.Length, items.Select(item => item.Name).Distinct().Count());
            Assert.All(items, item => Assert.StartsWith("IdentityUser.", item.Name, System.StringComparison.Ordinal));
            PersonalDataItem email = items.Single(item => item.Name == "IdentityUser.Email");
            Assert.Equal(("Run customer accounts", "Contract"), (email.Purpose, email.LawfulBasis));
            Assert.True(email.Location.IsInSource);
            Assert.Equal("ShopUser", email.Location.SourceTree!.GetRoot().FindNode(email.Location.SourceSpan).ChildTokens().FirstOrDefault(token => token.IsKind(SyntaxKind.IdentifierToken)).Text);
        }

        private static ProcessingFact Single(ImmutableArray<ProcessingFact> facts, ProcessingKind kind, string data)
        {
            List<ProcessingFact> matching = facts.Where(fact => fact.Kind == kind && fact.Data == data).ToList();
            Assert.True(matching.Count == 1, $"Expected one {kind} fact for {data}; the facts were:\n" + string.Join("\n", facts));
            return matching[0];
        }

        private static async Task<ImmutableArray<ProcessingFact>> RecordAsync(string code)
        {
            var recorder = new ProcessingFactsRecorder();
            HarnessResult result = await AnalyzerHarness.AnalyzeAsync(await CompileAsync(code), AnalyzerHarness.CreateAllAnalyzers(), Options(recorder));
            Assert.Empty(result.Failures);
            return recorder.Facts;
        }

        private static async Task<CSharpCompilation> CompileAsync(string code)
        {
            CSharpCompilation compilation = await AnalyzerHarness.CreateCompilationAsync("Shop", new[] { CSharpSyntaxTree.ParseText(code, AnalyzerHarness.ParseOptions, path: "Shop.cs") });
            Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
            return compilation;
        }

        private static AnalyzerOptions Options(params AdditionalText[] files) =>
            new(files.ToImmutableArray(), AnalyzerHarness.OptionsWith(new Dictionary<string, string>()).AnalyzerConfigOptionsProvider);

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage()).OrderBy(line => line, System.StringComparer.Ordinal).ToArray();
    }
}
