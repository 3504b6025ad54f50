using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>The opt-in mode <c>gdpr.probable_personal_data_in_flows</c>: GDPR101 to GDPR104 and GDPR106 on unannotated
    /// declarations GDPR005 finds, run side by side with the rules that follow annotations.</summary>
    public sealed class ProbablePersonalDataInFlowsTests
    {
        private static readonly string OptionOn = ConfigFiles.EditorConfig("gdpr.probable_personal_data_in_flows = true");

        private const string Customer = """
            public sealed class Customer
            {
                public string Email { get; set; } = "";
                [GdprAnalyzers.Annotations.PersonalData] public string Phone { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """;

        private const string NewsletterDb = """

            public sealed class NewsletterDb : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Subscriber> Subscribers => Set<Subscriber>();
            }
            """;

        /// <summary>An unannotated e-mail address logged, the argument marked as location 0.</summary>
        private const string LogsEmail = """
            using Microsoft.Extensions.Logging;

            public sealed class Service
            {
                public void Greet(ILogger logger, Customer customer) => logger.LogInformation("Hello {Email}", {|#0:customer.Email|});
            }
            """ + Customer;

        /// <summary>What <c>GdprAnalysisMode=Discovery</c> sets for the option: a global config at the lowest level, below
        /// every config of the user's (the package's preset is src/Package/buildTransitive/GdprAnalyzers.Discovery.globalconfig).</summary>
        private const string DiscoveryPreset = "is_global = true\nglobal_level = -100\ngdpr.probable_personal_data_in_flows = true\n";

        private const string DiscoveryPresetPath = "/packages/GdprAnalyzers.Discovery.globalconfig";

        private static readonly string LogsEmailUnmarked = LogsEmail.Replace("{|#0:", "").Replace("|}", "");

        [Fact]
        public async Task OptionOff_UnannotatedEmailLogged_NoDiagnostic()
        {
            await RunAsync(LogsEmailUnmarked, options: null);
        }

        [Theory]
        [InlineData("false")]
        [InlineData("FALSE")]
        public async Task OptionFalse_UnannotatedEmailLogged_NoDiagnostic(string value)
        {
            await RunAsync(LogsEmailUnmarked, ConfigFiles.EditorConfig($"gdpr.probable_personal_data_in_flows = {value}"));
        }

        [Theory]
        [InlineData("/.editorconfig", "root = true\n\n[*]\ngdpr.probable_personal_data_in_flows = true\n")]
        [InlineData("/.globalconfig", "is_global = true\ngdpr.probable_personal_data_in_flows = true\n")]
        [InlineData(DiscoveryPresetPath, DiscoveryPreset)]
        public async Task OptionOn_UnannotatedEmailLogged_ReportsGdpr101AtArgument(string configPath, string config)
        {
            await RunAsync(
                LogsEmail,
                (configPath, config),
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Theory]
        [InlineData("/.editorconfig", "root = true\n\n[*]\ngdpr.probable_personal_data_in_flows = false\n")]
        [InlineData("/.globalconfig", "is_global = true\ngdpr.probable_personal_data_in_flows = false\n")]
        public async Task OptionOnInPresetOffInUserConfig_UnannotatedEmailLogged_NoDiagnostic(string configPath, string config)
        {
            AllRulesTest test = CreateTest(LogsEmailUnmarked, null);
            test.TestState.AnalyzerConfigFiles.Add((DiscoveryPresetPath, DiscoveryPreset));
            test.TestState.AnalyzerConfigFiles.Add((configPath, config));
            await test.RunAsync();
        }

        [Fact]
        public async Task OptionOn_AnnotatedPhoneLogged_ReportsGdpr001Only()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer) => logger.LogInformation("Call {Phone} about {Plan}", {|#0:customer.Phone|}, customer.Plan);
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.PersonalDataLogged, 0, DiagnosticSeverity.Warning).WithArguments("Customer.Phone", "ILogger.LogInformation", ""));
        }

        /// <summary>GDPR009 has no opt-in twin, so the log of an exception built from probable personal data stays
        /// GDPR101's; one built from annotated personal data is GDPR009's alone (neither GDPR001 nor GDPR101).</summary>
        [Fact]
        public async Task OptionOn_ExceptionBuiltFromProbableData_LogReportedByGdpr101_AnnotatedIsNot()
        {
            string source = """
                using System;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Close(ILogger logger, Customer customer)
                    {
                        var unknown = new InvalidOperationException($"No account for {customer.Email}");
                        logger.LogError("Closing failed: {Message}", {|#0:unknown.Message|});
                        var unreachable = new InvalidOperationException($"Cannot call {customer.Phone}");
                        logger.LogError("Calling failed: {Message}", unreachable.Message);
                    }
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("Exception.Message", "ILogger.LogError", " (part of 'unknown')"));
        }

        [Fact]
        public async Task OptionOn_LocalHoldingAnnotatedAndProbable_ReportsGdpr001Only()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer)
                    {
                        var contact = customer.Email + " / " + customer.Phone;
                        logger.LogInformation("Contact {Contact}", {|#0:contact|});
                    }
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.PersonalDataLogged, 0, DiagnosticSeverity.Warning).WithArguments("contact", "ILogger.LogInformation", " (from 'Customer.Phone')"));
        }

        [Fact]
        public async Task OptionOn_ThroughInterpolationAndLocal_ReportsGdpr101WithProvenance()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer)
                    {
                        var line = $"Mail sent to {customer.Email}";
                        logger.LogInformation({|#0:line|});
                        logger.LogInformation($"Mail sent to {{|#1:customer.Email|}}");
                    }
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("line", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 1).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task OptionOn_UnannotatedParameterLogged_ReportsGdpr101()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Signup
                {
                    public void Register(ILogger logger, string emailAddress, string plan)
                    {
                        logger.LogInformation("Signup {Email} on {Plan}", {|#0:emailAddress|}, plan);
                    }
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("emailAddress", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task OptionOn_NoDataClassificationOnMember_NoDiagnostic()
        {
            string source = """
                using Microsoft.Extensions.Compliance.Classification;
                using Microsoft.Extensions.Logging;

                public sealed class Mailbox
                {
                    [NoDataClassification] public string Email { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Report(ILogger logger, Mailbox mailbox) => logger.LogInformation("Shared mailbox {Email}", mailbox.Email);
                }
                """;

            await RunAsync(source, OptionOn);
        }

        [Fact]
        public async Task OptionOn_NotPersonalDataInModelsFile_NoDiagnostic()
        {
            AllRulesTest test = CreateTest(LogsEmailUnmarked, OptionOn);
            test.TestState.AdditionalFiles.Add(("GdprAnalyzers.Models.txt", "not-personal-data P:Customer.Email\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task OptionOn_MemberOfOrganisation_NoDiagnostic()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Company
                {
                    public string Email { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Report(ILogger logger, Company company) => logger.LogInformation("Supplier {Email}", company.Email);
                }
                """;

            await RunAsync(source, OptionOn);
        }

        [Fact]
        public async Task OptionOn_RedactedEmail_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer) => logger.LogInformation("Hello {Email}", Redact.Pseudonymize(customer.Email));
                }
                """ + Customer;

            await RunAsync(source, OptionOn);
        }

        [Fact]
        public async Task OptionOn_StoredUnannotatedEntity_ReportsGdpr102And103AtMember()
        {
            string source = """
                using Microsoft.EntityFrameworkCore;

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    public string {|#0:Email|} { get; set; } = "";
                    public bool Confirmed { get; set; }
                }
                """ + NewsletterDb;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbableStoredWithoutPurpose, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers"),
                Diagnostic(RuleIds.ProbableStoredWithoutLawfulBasis, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers"),
                Diagnostic(RuleIds.ProbableStoredWithoutRetention, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers", "without a retention period"));
        }

        [Fact]
        public async Task OptionOn_StoredMailServerAccount_OrganisationsMailboxNotReported()
        {
            // An EmailAccount with its host and port is the organisation's outgoing mailbox (GDPR005 leaves it out), so its
            // DbSet is no store of personal data; the subscribers beside it still are.
            string source = """
                using Microsoft.EntityFrameworkCore;

                public sealed class EmailAccount
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                    public string DisplayName { get; set; } = "";
                    public string Host { get; set; } = "";
                    public int Port { get; set; }
                    public string Username { get; set; } = "";
                }

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class MailDb : DbContext
                {
                    public DbSet<EmailAccount> EmailAccounts => Set<EmailAccount>();

                    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
                }
                """;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbableStoredWithoutPurpose, 0).WithArguments("Subscriber.Email", "MailDb.Subscribers"),
                Diagnostic(RuleIds.ProbableStoredWithoutLawfulBasis, 0).WithArguments("Subscriber.Email", "MailDb.Subscribers"),
                Diagnostic(RuleIds.ProbableStoredWithoutRetention, 0).WithArguments("Subscriber.Email", "MailDb.Subscribers", "without a retention period"));
        }

        [Fact]
        public async Task OptionOn_DeviceFlowUserCodeLogged_NoDiagnosticEmailStillReported()
        {
            // A device-flow user code is a one-time code, not a user's identifier: logging it is no GDPR101.
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class DeviceAuthorization
                {
                    public void Find(ILogger logger, string userCode, string emailAddress)
                    {
                        logger.LogInformation("{UserCode} found", userCode);
                        logger.LogInformation("{Email} found", {|#0:emailAddress|});
                    }
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("emailAddress", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task OptionOn_StoredPaymentRequestAndScope_NotReportedCardStillReported()
        {
            // A payment request's expiry, an OpenID Connect scope's name and a store's Lightning address are no personal
            // data, so their DbSets are no stores of it; a card's expiry date is.
            string source = """
                using Microsoft.EntityFrameworkCore;

                public sealed class PaymentRequestData
                {
                    public int Id { get; set; }
                    public System.DateTimeOffset? Expiry { get; set; }
                }

                public sealed class IdentityResource
                {
                    public int Id { get; set; }
                    public string Name { get; set; } = "";
                    public string DisplayName { get; set; } = "";
                }

                public sealed class LightningAddressData
                {
                    public string Username { get; set; } = "";
                }

                public sealed class Card
                {
                    public int Id { get; set; }
                    public System.DateTime {|#0:ExpiryDate|} { get; set; }
                }

                public sealed class PayDb : DbContext
                {
                    public DbSet<PaymentRequestData> PaymentRequests => Set<PaymentRequestData>();

                    public DbSet<IdentityResource> IdentityResources => Set<IdentityResource>();

                    public DbSet<LightningAddressData> LightningAddresses => Set<LightningAddressData>();

                    public DbSet<Card> Cards => Set<Card>();
                }
                """;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbableStoredWithoutPurpose, 0).WithArguments("Card.ExpiryDate", "PayDb.Cards"),
                Diagnostic(RuleIds.ProbableStoredWithoutLawfulBasis, 0).WithArguments("Card.ExpiryDate", "PayDb.Cards"),
                Diagnostic(RuleIds.ProbableStoredWithoutRetention, 0).WithArguments("Card.ExpiryDate", "PayDb.Cards", "without a retention period"));
        }

        [Fact]
        public async Task OptionOn_KeylessReadModel_NotAStore()
        {
            // A keyless entity read with FromSqlRaw is never saved: GDPR102 and GDPR103 leave it out.
            string source = """
                using Microsoft.EntityFrameworkCore;

                public sealed class SubscriberRow
                {
                    public string Email { get; set; } = "";
                }

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class NewsletterDb : DbContext
                {
                    public DbSet<SubscriberRow> Rows => Set<SubscriberRow>();
                    public DbSet<Subscriber> Subscribers => Set<Subscriber>();

                    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<SubscriberRow>().HasNoKey();

                    public System.Linq.IQueryable<SubscriberRow> Search(string term) => Rows.FromSqlRaw("SELECT Email FROM Subscribers WHERE Email LIKE {0}", term);
                }
                """;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbableStoredWithoutPurpose, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers"),
                Diagnostic(RuleIds.ProbableStoredWithoutLawfulBasis, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers"),
                Diagnostic(RuleIds.ProbableStoredWithoutRetention, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers", "without a retention period"));
        }

        [Fact]
        public async Task OptionOn_StoredEntityWithDeclarations_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [ProcessingPurpose("Send the newsletter")]
                [LawfulBasis(LawfulBasis.Consent)]
                [RetentionPeriod("P1Y", Criteria = "after the subscriber unsubscribes")]
                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                }
                """ + NewsletterDb;

            await RunAsync(source, OptionOn);
        }

        [Fact]
        public async Task OptionOn_UnannotatedValueWrittenToFile_ReportsGdpr102And103AtValue()
        {
            string source = """
                using System.IO;

                public sealed class Export
                {
                    public void Write(Customer customer) => File.AppendAllText("export.csv", {|#0:customer.Email|});
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbableStoredWithoutPurpose, 0).WithArguments("Customer.Email", "File.AppendAllText"),
                Diagnostic(RuleIds.ProbableStoredWithoutLawfulBasis, 0).WithArguments("Customer.Email", "File.AppendAllText"),
                Diagnostic(RuleIds.ProbableStoredWithoutRetention, 0).WithArguments("Customer.Email", "File.AppendAllText", "without a retention period"));
        }

        [Fact]
        public async Task OptionOn_UnannotatedValueReachesDecision_ReportsGdpr104()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class CreditCheck
                {
                    [AutomatedDecision] public bool Approve(string applicant, decimal amount) => amount < 1000;
                }

                public sealed class Checkout
                {
                    public bool Run(CreditCheck check, Customer customer) => check.Approve({|#0:customer.Email|}, 10m);
                    public bool RunOnPlan(CreditCheck check, Customer customer) => check.Approve(customer.Plan, 10m);
                    public bool RunOnPhone(CreditCheck check, Customer customer) => check.Approve({|#1:customer.Phone|}, 10m);
                }
                """ + Customer;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbableAutomatedDecisionWithoutReview, 0).WithArguments("Customer.Email", "CreditCheck.Approve"),
                Diagnostic(RuleIds.AutomatedDecisionWithoutReview, 1, DiagnosticSeverity.Warning).WithArguments("Customer.Phone", "CreditCheck.Approve"));
        }

        [Fact]
        public async Task OptionOn_ReviewedDecision_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class CreditCheck
                {
                    [AutomatedDecision] public bool Approve(string applicant, decimal amount) => amount < 1000;
                }

                [HumanReview]
                public sealed class Checkout
                {
                    public bool Run(CreditCheck check, Customer customer) => check.Approve(customer.Email, 10m);
                }
                """ + Customer;

            await RunAsync(source, OptionOn);
        }

        [Fact]
        public async Task OptionOn_Gdpr101_FixPseudonymises()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer) => logger.LogInformation("Hello {Email}", {|GDPR101:customer.Email|});
                }

                """ + Customers.UnmarkedEmail;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer) => logger.LogInformation("Hello {Email}", Redact.Pseudonymize(customer.Email));
                }

                """ + Customers.UnmarkedEmail;

            await FixAsync<ProbablePersonalDataLoggedAnalyzer, PersonalDataLoggedCodeFixProvider>(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }

        [Fact]
        public async Task OptionOn_Gdpr102_FixDeclaresPurposeOnMember()
        {
            string source = """
                using Microsoft.EntityFrameworkCore;

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    public string {|GDPR102:Email|} { get; set; } = "";
                }
                """ + NewsletterDb;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    [ProcessingPurpose("TODO: state why this personal data is processed")]
                    public string {|#0:Email|} { get; set; } = "";
                }
                """ + NewsletterDb;

            await FixAsync<ProbablePersonalDataStoredAnalyzer, ProcessingPurposeCodeFixProvider>(
                source,
                fixedSource,
                ProcessingPurposeCodeFixProvider.NewPurposeKey(PersonalDataStoredAnalyzer.PlaceMember),
                ignore: new[] { RuleIds.ProbableStoredWithoutLawfulBasis, RuleIds.ProbableStoredWithoutRetention },
                Diagnostic(RuleIds.ProbableStoredWithoutPurpose, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers"));
        }

        [Fact]
        public async Task OptionOn_Gdpr106_FixDeclaresPlaceholderRetentionOnMember_StaysReported()
        {
            string source = """
                using Microsoft.EntityFrameworkCore;

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    public string {|GDPR106:Email|} { get; set; } = "";
                }
                """ + NewsletterDb;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class Subscriber
                {
                    public int Id { get; set; }
                    [RetentionPeriod("TODO")]
                    public string {|#0:Email|} { get; set; } = "";
                }
                """ + NewsletterDb;

            await FixAsync<ProbablePersonalDataStoredAnalyzer, RetentionPeriodCodeFixProvider>(
                source,
                fixedSource,
                RetentionPeriodCodeFixProvider.NewRetentionPeriodKey(PersonalDataStoredAnalyzer.PlaceMember),
                ignore: new[] { RuleIds.ProbableStoredWithoutPurpose, RuleIds.ProbableStoredWithoutLawfulBasis },
                Diagnostic(RuleIds.ProbableStoredWithoutRetention, 0).WithArguments("Subscriber.Email", "NewsletterDb.Subscribers", "with the placeholder retention period 'TODO'"));
        }

        [Fact]
        public async Task OptionOn_Gdpr104_FixRoutesThroughHumanReview()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class CreditCheck
                {
                    [AutomatedDecision] public bool Approve(string applicant, decimal amount) => amount < 1000;
                }

                public sealed class Checkout
                {
                    public bool Run(CreditCheck check, Customer customer)
                    {
                        bool approved = check.Approve({|GDPR104:customer.Email|}, 10m);
                        return approved;
                    }
                }
                """ + Customer;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class CreditCheck
                {
                    [AutomatedDecision] public bool Approve(string applicant, decimal amount) => amount < 1000;
                }

                public sealed class Checkout
                {
                    public bool Run(CreditCheck check, Customer customer)
                    {
                        bool approved = PendingDecision.Hold(check.Approve(customer.Email, 10m)).Outcome;
                        return approved;
                    }
                }
                """ + Customer;

            await FixAsync<ProbableAutomatedDecisionAnalyzer, AutomatedDecisionCodeFixProvider>(source, fixedSource, AutomatedDecisionCodeFixProvider.RouteKey);
        }

        [Fact]
        public async Task OptionOn_PositionalRecordAndWholeObject_ReportGdpr101()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed record Contact(string Email, int Visits);

                public sealed class Service
                {
                    public void Log(ILogger logger, Contact contact)
                    {
                        logger.LogInformation("Mail {Email}", {|#0:contact.Email|});
                        logger.LogInformation("Contact {@Contact}", {|#1:contact|});
                        logger.LogInformation("Visits {Visits}", contact.Visits);
                    }
                }
                """;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("Contact.Email", "ILogger.LogInformation", ""),
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 1).WithArguments("contact", "ILogger.LogInformation", " (it carries 'Contact.Email')"));
        }

        /// <summary>A validation result read off a context object that also holds a user name (an identity server's
        /// resource-owner context) is not personal data for that reason: its error code and text are the server's own.
        /// The user name itself, read off the same context, still is.</summary>
        [Fact]
        public async Task OptionOn_MemberOfAResultHeldNextToAUserName_NotReported()
        {
            string source = """
                using System.Threading.Tasks;
                using Microsoft.Extensions.Logging;

                public class ValidationResult
                {
                    public bool IsError { get; set; } = true;
                    public string Error { get; set; } = "";
                    public string ErrorDescription { get; set; } = "";
                }

                public class GrantValidationResult : ValidationResult
                {
                    public GrantValidationResult(string error) => Error = error;
                    public System.Security.Claims.ClaimsPrincipal? Subject { get; set; }
                    public string? SubjectEmail { get; set; }
                }

                public class ResourceOwnerContext
                {
                    public string UserName { get; set; } = "";
                    public string Password { get; set; } = "";
                    public GrantValidationResult Result { get; set; } = new GrantValidationResult("invalid_grant");
                }

                public interface IResourceOwnerValidator
                {
                    Task ValidateAsync(ResourceOwnerContext context);
                }

                public sealed class TokenRequestValidator
                {
                    private readonly ILogger logger;
                    private readonly IResourceOwnerValidator validator;

                    public TokenRequestValidator(ILogger logger, IResourceOwnerValidator validator)
                    {
                        this.logger = logger;
                        this.validator = validator;
                    }

                    public async Task<string> ValidateAsync(string userName, string password)
                    {
                        var context = new ResourceOwnerContext { UserName = userName, Password = password };
                        await validator.ValidateAsync(context);
                        if (context.Result.IsError)
                        {
                            var errorDescription = "invalid_username_or_password";
                            if (!string.IsNullOrEmpty(context.Result.ErrorDescription))
                            {
                                errorDescription = context.Result.ErrorDescription;
                            }

                            logger.LogInformation("User authentication failed: {Error}", errorDescription ?? context.Result.Error);
                            logger.LogInformation("User {User} failed", {|#0:context.UserName|});
                            return context.Result.Error;
                        }

                        var custom = new ResourceOwnerContext { Result = context.Result };
                        if (custom.Result.IsError)
                        {
                            logger.LogError("Custom validator {Error}", new { error = custom.Result.Error });
                        }

                        return "";
                    }
                }
                """;

            await RunAsync(
                source,
                OptionOn,
                Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("ResourceOwnerContext.UserName", "ILogger.LogInformation", ""));
        }

        /// <summary><c>gdpr.GDPR101.console_is_log_sink</c> decides for GDPR101 alone whether the console is a log sink,
        /// as <c>gdpr.GDPR006.console_is_log_sink</c> does for GDPR006.</summary>
        [Theory]
        [InlineData("", true)]
        [InlineData("gdpr.GDPR101.console_is_log_sink = false\n", false)]
        [InlineData("gdpr.GDPR001.console_is_log_sink = false\n", true)]
        public async Task OptionOn_ConsoleOptionForThisRuleAlone(string line, bool reported)
        {
            string source = """
                public sealed class Service
                {
                    public void Greet(Customer customer) => System.Console.WriteLine({|#0:customer.Email|});
                }
                """ + Customer;
            if (reported)
            {
                await RunAsync(source, OptionOn + line, Diagnostic(RuleIds.ProbablePersonalDataLogged, 0).WithArguments("Customer.Email", "Console.WriteLine", ""));
            }
            else
            {
                await RunAsync(source.Replace("{|#0:", "").Replace("|}", ""), OptionOn + line);
            }
        }

        [Fact]
        public async Task OptionOn_GeneratedCode_NoDiagnostic()
        {
            string source = """
                // <auto-generated/>
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer) => logger.LogInformation("Hello {Email}", customer.Email);
                }

                """ + Customers.UnmarkedEmail;

            await RunAsync(source, OptionOn);
        }

        [Theory]
        [InlineData("yes")]
        [InlineData("1")]
        public async Task MalformedOption_ReportsGdpr900AndKeepsDefault(string value)
        {
            await RunAsync(
                LogsEmailUnmarked,
                ConfigFiles.EditorConfig($"gdpr.probable_personal_data_in_flows = {value}"),
                new DiagnosticResult(RuleIds.InvalidOption, DiagnosticSeverity.Warning)
                    .WithArguments($"the value '{value}' of option 'gdpr.probable_personal_data_in_flows' is not valid (expected 'true' or 'false'); the default 'false' is used"));
        }

        /// <summary>The fix with <paramref name="key"/> on the findings of one opt-in analyzer, with the option on, alone and
        /// under Fix All in document and project (the declaration and review fixes stop there); <paramref name="remaining"/>
        /// are the diagnostics left in the fixed code (a placeholder stays reported).</summary>
        private static async Task FixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string key, string[]? ignore = null, params DiagnosticResult[] remaining)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestReferences.Net80WithPackages,
                CodeActionEquivalenceKey = key,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Annotations);
            test.FixedState.AdditionalReferences.Add(TestReferences.Annotations);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", OptionOn));
            test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", OptionOn));
            if (ignore != null)
            {
                test.DisabledDiagnostics.AddRange(ignore);
            }

            test.FixedState.ExpectedDiagnostics.AddRange(remaining);

            await test.RunAsync();
        }

        private static DiagnosticResult Diagnostic(string id, int location, DiagnosticSeverity severity = DiagnosticSeverity.Info) =>
            new DiagnosticResult(id, severity).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        private static Task RunAsync(string source, string? options, params DiagnosticResult[] expected) =>
            RunAsync(source, options is null ? null : ("/.editorconfig", options), expected);

        private static Task RunAsync(string source, (string Path, string Text)? config, params DiagnosticResult[] expected)
        {
            AllRulesTest test = CreateTest(source, null);
            if (config is { } file)
            {
                test.TestState.AnalyzerConfigFiles.Add(file);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static AllRulesTest CreateTest(string source, string? editorConfig)
        {
            var test = new AllRulesTest { TestCode = source };
            if (editorConfig != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
            }

            return test;
        }

        /// <summary>The rules a user sees together: GDPR001 to GDPR004 beside GDPR101 to GDPR104, and GDPR900. GDPR005
        /// and GDPR007 are left out: they propose annotations at declarations, which is not what is tested here.</summary>
        private sealed class AllRulesTest : CSharpAnalyzerTest<ProbablePersonalDataLoggedAnalyzer, DefaultVerifier>
        {
            public AllRulesTest()
            {
                ReferenceAssemblies = TestReferences.Net80WithPackages;
                TestState.AdditionalReferences.Add(TestReferences.Annotations);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
            {
                new PersonalDataLoggedAnalyzer(), new PersonalDataStoredAnalyzer(), new AutomatedDecisionAnalyzer(), new OptionsAnalyzer(),
                new ProbablePersonalDataLoggedAnalyzer(), new ProbablePersonalDataStoredAnalyzer(), new ProbableAutomatedDecisionAnalyzer(),
            };
        }
    }
}
