using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.ProbablePersonalDataAnalyzer,
    GdprAnalyzers.CodeFixes.ProbablePersonalDataCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR005: declarations whose name or type says personal data, without an annotation. The name classifier's
    /// accuracy over many names is measured in <c>Discovery/</c>; these tests pin the rule's behaviour.</summary>
    public sealed class ProbablePersonalDataTests
    {
        [Fact]
        public async Task Property_Email_ReportsContactAtIdentifierWithMessage()
        {
            string source = """
                public sealed class Customer
                {
                    public int Id { get; set; }
                    public string {|#0:Email|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "contact"));
        }

        /// <summary>In a test project (MSBuild's IsTestProject, a test framework's reference, or an assembly name ending in
        /// .Tests) an e-mail address is a synthetic fixture: GDPR005 proposes nothing there unless
        /// <c>gdpr.declarations_in_test_projects = true</c>; a project that declares IsTestProject false is analysed
        /// whatever its name.</summary>
        [Theory]
        [InlineData("Shop.Tests", null, false)]
        [InlineData("Shop.IntegrationTests", null, false)]
        [InlineData("Shop", "build_property.IsTestProject = true", false)]
        [InlineData("Shop.Tests", "gdpr.declarations_in_test_projects = true", true)]
        [InlineData("Shop.Tests", "build_property.IsTestProject = false", true)]
        [InlineData("Shop.Testing", null, true)]
        [InlineData("Shop", null, true)]
        public async Task TestProject_NoProposalUnlessAskedFor(string assemblyName, string? globalOption, bool reported)
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public sealed class TestAccount
                    {
                        public string {|#0:Email|} { get; set; } = "";
                    }
                    """,
            };
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
            if (globalOption != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ConfigFiles.GlobalConfig(globalOption)));
            }

            if (reported)
            {
                test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("TestAccount.Email", "contact"));
            }

            await test.RunAsync();
        }

        [Theory]
        [InlineData("not-personal-data P:Lead.Email", false)]
        [InlineData("personal-data P:Lead.Email", false)]
        [InlineData("not-personal-data P:Lead.Plan", true)]
        public async Task ModelsFile_DecidesLikeAnAnnotation(string line, bool reported)
        {
            // A line of GdprAnalyzers.Models.txt about a member is a decision, as an annotation is: nothing to propose.
            var test = new Verify.Test
            {
                TestCode = """
                    public sealed class Lead
                    {
                        public string Plan { get; set; } = "";
                        public string {|#0:Email|} { get; set; } = "";
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", line + "\n"));
            test.TestState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
            if (reported)
            {
                test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Lead.Email", "contact"));
            }

            await test.RunAsync();
        }

        [Theory]
        [InlineData("string", "PhoneNumber", "contact")]
        [InlineData("string", "ShippingAddressLine1", "contact")]
        [InlineData("string", "PostalCode", "contact")]
        [InlineData("string", "LastName", "identity")]
        [InlineData("System.DateTime", "DateOfBirth", "identity")]
        [InlineData("string", "PassportNumber", "identity")]
        [InlineData("string", "Iban", "financial")]
        [InlineData("decimal", "Salary", "financial")]
        [InlineData("string", "CardNumber", "financial")]
        [InlineData("string", "IpAddress", "online identifier")]
        [InlineData("double", "Latitude", "online identifier")]
        [InlineData("string", "DeviceId", "online identifier")]
        [InlineData("string", "LicensePlate", "vehicle")]
        [InlineData("string", "Vin", "vehicle")]
        [InlineData("int", "CustomerId", "customer number")]
        [InlineData("string", "AccountNumber", "financial")]
        [InlineData("string", "Diagnosis", "special category")]
        [InlineData("string", "Religion", "special category")]
        [InlineData("string", "SexualOrientation", "special category")]
        [InlineData("string", "TradeUnionMembership", "special category")]
        [InlineData("byte[]", "Fingerprint", "special category")]
        public async Task Property_NamedAfterCategory_ReportsThatCategory(string type, string name, string category)
        {
            string source = $$"""
                public sealed class Record
                {
                    public {{type}} {|#0:{{name}}|} { get; set; } = default!;
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Record." + name, category));
        }

        [Theory]
        [InlineData("Courriel", "contact")] // French
        [InlineData("AdresseLivraison", "contact")]
        [InlineData("DateDeNaissance", "identity")]
        [InlineData("Telefonnummer", "contact")] // German
        [InlineData("Geburtsdatum", "identity")]
        [InlineData("Kundennummer", "customer number")]
        [InlineData("CorreoElectronico", "contact")] // Spanish
        [InlineData("Apellido", "identity")]
        [InlineData("Indirizzo", "contact")] // Italian
        [InlineData("CodiceFiscale", "identity")]
        [InlineData("Achternaam", "identity")] // Dutch
        [InlineData("Kenteken", "vehicle")]
        [InlineData("Nazwisko", "identity")] // Polish
        [InlineData("KodPocztowy", "contact")]
        [InlineData("Płeć", "identity")]
        public async Task Property_NamedInAnotherLanguage_ReportsCategory(string name, string category)
        {
            string source = $$"""
                public sealed class Eintrag
                {
                    public string {|#0:{{name}}|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Eintrag." + name, category));
        }

        [Theory]
        [InlineData("string", "EMAIL_ADDRESS")]
        [InlineData("string", "email_address")]
        [InlineData("string", "emailAddress")]
        [InlineData("string", "EMail")]
        public async Task Field_EveryCasing_Reports(string type, string name)
        {
            string source = $$"""
                public sealed class ImportRow
                {
                    public {{type}} {|#0:{{name}}|} = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("ImportRow." + name, "contact"));
        }

        [Theory]
        [InlineData("string", "EmailTemplate")]
        [InlineData("string", "EmailSubject")]
        [InlineData("string", "SupportEmail")]
        [InlineData("string", "ServerAddress")]
        [InlineData("string", "ZipFilePath")]
        [InlineData("int", "CityId")]
        [InlineData("int", "Capacity")]
        [InlineData("string", "FileName")]
        [InlineData("string", "Name")]
        [InlineData("int", "Id")]
        [InlineData("int", "OrderId")]
        [InlineData("string", "ClientId")]
        [InlineData("string", "HealthCheck")]
        [InlineData("System.IO.Compression.ZipArchive", "Zip")]
        [InlineData("System.Net.Sockets.AddressFamily", "AddressFamily")]
        [InlineData("System.Uri", "BaseAddress")]
        public async Task Property_LookAlike_NoDiagnostic(string type, string name)
        {
            string source = $$"""
                public sealed class Settings
                {
                    public {{type}} {{name}} { get; set; } = default!;
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task Property_TypesNamedAfterPersonalDataButAboutSomethingElse_NoDiagnostic()
        {
            string source = """
                public enum PhoneNumberFormat { E164, National }
                public sealed class IpAddressValidator { }

                public sealed class Startup
                {
                    public PhoneNumberFormat Format { get; set; }
                    public IpAddressValidator Validator { get; } = new();
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task Property_FlagEnumOrCount_NoDiagnostic()
        {
            string source = """
                public enum AddressType { Home, Work }

                public sealed class Customer
                {
                    public bool EmailConfirmed { get; set; }
                    public bool HasAddress { get; set; }
                    public AddressType AddressType { get; set; }
                    public int EmailCount { get; set; }
                    public int NumberOfAddresses { get; set; }
                    public int MaxEmailLength { get; set; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task Property_FlagOrEnumOfSpecialCategory_Reports()
        {
            string source = """
                public enum Religion { None, Other }

                public sealed class Employee
                {
                    public bool {|#0:IsTradeUnionMember|} { get; set; }
                    public Religion {|#1:Religion|} { get; set; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Employee.IsTradeUnionMember", "special category"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Employee.Religion", "special category"));
        }

        [Fact]
        public async Task Property_NameInPersonType_ReportsAndInOtherTypeDoesNot()
        {
            string source = """
                public sealed class Customer
                {
                    public string {|#0:Name|} { get; set; } = "";
                    public int {|#1:Age|} { get; set; }
                }

                public sealed class Product
                {
                    public string Name { get; set; } = "";
                    public int Age { get; set; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Name", "identity"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Age", "identity"));
        }

        [Fact]
        public async Task Property_InOrganisationType_NoDiagnosticUnlessAPersonIsNamed()
        {
            // GDPR Recital 14: a company's contact details are not personal data; its contact person's are.
            string source = """
                public sealed class Supplier
                {
                    public string Email { get; set; } = "";
                    public string Address { get; set; } = "";
                    public string {|#0:ContactEmail|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Supplier.ContactEmail", "contact"));
        }

        [Fact]
        public async Task Member_NamesAClaimTypeHeaderOrJsonProperty_NoDiagnostic()
        {
            // A string member initialised with its own name holds a key (a claim type, a header, a JSON property name),
            // not a person's value, in an options class or anywhere else.
            string source = """
                public sealed class ClaimsOptions
                {
                    public string Email { get; set; } = "email";
                    public string PreferredUserName { get; set; } = "preferred_username";
                    public string EmailClaimType { get; set; } = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";
                }

                public sealed class HeaderOptions
                {
                    public string UserAgent { get; set; } = "User-Agent";
                }

                public sealed class ProfileFields
                {
                    public string PhoneNumber = "phone_number";
                    public string DisplayName { get; init; } = "displayName";
                }

                public sealed class Customer
                {
                    public string {|#0:Email|} { get; set; } = "";
                    public string {|#1:Phone|} { get; set; } = "unknown";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "contact"));
        }

        [Fact]
        public async Task Member_ValueFixedInCode_NoDiagnosticAsForConstants()
        {
            // A static readonly field, a static get-only property or a getter that returns a string constant is a constant
            // in all but name (const members are never reported); a static member that is assigned stays reported.
            string source = """
                public static class OpenIdClaims
                {
                    public static readonly string Email = "email";
                    public static readonly string NickName = "nickname";
                    public static string PhoneNumber { get; } = "phone_number";
                    public static readonly string DefaultEmail = "admin@example.com";
                }

                public sealed class Seed
                {
                    public string Email => "admin@example.com";
                    public string Phone { get { return "+44 20 7946 0000"; } }

                    public static string {|#0:LastEmail|} = "";
                    public static string {|#1:CurrentEmail|} { get; set; } = "nobody@example.com";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Seed.LastEmail", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Seed.CurrentEmail", "contact"));
        }

        [Fact]
        public async Task ServerConnectionAccount_OrganisationsMailbox_NoDiagnosticUnlessAPersonIsNamed()
        {
            // A type with a server to connect to and its port or transport security holds a server connection's settings:
            // an organisation's outgoing mailbox (nopCommerce's EmailAccount), whatever the type is called. Its address,
            // display name and login are not a data subject's; a member that names a person still is.
            string source = """
                public sealed class EmailAccount
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                    public string DisplayName { get; set; } = "";
                    public string Host { get; set; } = "";
                    public int Port { get; set; }
                    public string Username { get; set; } = "";
                    public string Password { get; set; } = "";
                    public bool EnableSsl { get; set; }
                    public string {|#0:OwnerEmail|} { get; set; } = "";
                }

                public sealed class Mailbox
                {
                    public string SmtpServer { get; set; } = "";
                    public bool UseTls { get; set; }
                    public string Address { get; set; } = "";
                }

                public sealed class Guest
                {
                    public string Host { get; set; } = "";
                    public string {|#1:Email|} { get; set; } = "";
                    public string {|#2:DisplayName|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("EmailAccount.OwnerEmail", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Guest.Email", "contact"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Guest.DisplayName", "identity"));
        }

        [Fact]
        public async Task ApplicationsMailSettings_SenderSupportAndNoReply_NoDiagnostic()
        {
            // The application's own sender, support and no-reply addresses, and options classes named after what they
            // configure (claims, SMTP, e-mail): the organisation's, not a data subject's.
            string source = """
                public sealed class SmtpSettings
                {
                    public string From { get; set; } = "";
                    public string SenderName { get; set; } = "";
                    public string Email { get; set; } = "";
                    public string UserName { get; set; } = "";
                }

                public sealed class SiteSettings
                {
                    public string SupportEmail { get; set; } = "";
                    public string NoReplyAddress { get; set; } = "";
                    public string SenderEmail { get; set; } = "";
                }

                public sealed class ClaimsIdentityOptions
                {
                    public string Email { get; set; } = "";
                    public string UserName { get; set; } = "";
                }

                public sealed class User
                {
                    public string {|#0:Email|} { get; set; } = "";
                    public string {|#1:DisplayName|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("User.Email", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("User.DisplayName", "identity"));
        }

        [Fact]
        public async Task Property_CardFieldsNextToCardNumber_ReportsCardDataByTheirSibling()
        {
            string source = """
                public sealed class CheckoutRequest
                {
                    public string {|#0:CardNumber|} { get; set; } = "";
                    public string {|#1:SecurityNumber|} { get; set; } = "";
                }

                public sealed class CloudSecurityReport
                {
                    public string SecurityNumber { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("CheckoutRequest.CardNumber", "financial"),
                Verify.Diagnostic().WithLocation(1).WithArguments("CheckoutRequest.SecurityNumber", "financial"));
        }

        [Fact]
        public async Task DeviceFlowUserCode_NotACustomerNumber_CustomerNumberStillReported()
        {
            // A user code (OAuth device flow, RFC 8628) is the one-time code a user types at a device, not the user's
            // identifier; a customer's number, code and user id stay customer numbers.
            string source = """
                public sealed class DeviceFlowCodes
                {
                    public string DeviceCode { get; set; } = "";
                    public string UserCode { get; set; } = "";
                    public string {|#0:UserId|} { get; set; } = "";
                }

                public sealed class DeviceController
                {
                    public void Confirm(string userCode, string user_code) { }
                }

                public sealed class Customer
                {
                    public string {|#1:Email|} { get; set; } = "";
                    public string {|#2:CustomerNumber|} { get; set; } = "";
                    public string {|#3:CustomerCode|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("DeviceFlowCodes.UserId", "customer number"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "contact"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.CustomerNumber", "customer number"),
                Verify.Diagnostic().WithLocation(3).WithArguments("Customer.CustomerCode", "customer number"));
        }

        [Fact]
        public async Task ExpiryOfRequestOrCheckout_NotACardExpiry_CardExpiryStillReported()
        {
            // A payment request, a checkout session or a payment link expires itself; only a card's expiry is the card
            // holder's financial data.
            string source = """
                public sealed class PaymentRequestData
                {
                    public System.DateTimeOffset? Expiry { get; set; }
                }

                public sealed class PlanCheckoutData
                {
                    public System.DateTimeOffset Expiration { get; set; }
                }

                public sealed class PaymentLink
                {
                    public System.DateTime Expiration { get; set; }
                }

                public sealed class Card
                {
                    public System.DateTime {|#0:ExpiryDate|} { get; set; }
                }

                public sealed class PaymentMethod
                {
                    public System.DateTime {|#1:Expiration|} { get; set; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Card.ExpiryDate", "financial"),
                Verify.Diagnostic().WithLocation(1).WithArguments("PaymentMethod.Expiration", "financial"));
        }

        [Fact]
        public async Task IdentityResourceName_AScopeNotAPerson_UsersDisplayNameStillReported()
        {
            // An identity provider's IdentityResource is an OpenID Connect scope ("openid", "profile"): its Name and
            // DisplayName are the scope's. A user's display name is still the person's.
            string source = """
                public sealed class IdentityResource
                {
                    public string Name { get; set; } = "";
                    public string DisplayName { get; set; } = "";
                }

                public sealed class User
                {
                    public string {|#0:DisplayName|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("User.DisplayName", "identity"));
        }

        [Fact]
        public async Task PaymentAddress_NotAPostalAddress_CustomersAddressStillReported()
        {
            // A Lightning or Bitcoin address is a payee's handle on a payment network: its user part and its address are
            // not a postal address or a data subject's login. A customer's address still is.
            string source = """
                public sealed class LightningAddressData
                {
                    public string Username { get; set; } = "";
                    public string StoreDataId { get; set; } = "";
                }

                public sealed class AddressInvoiceData
                {
                    public string Address { get; set; } = "";
                    public string InvoiceDataId { get; set; } = "";
                }

                public sealed class Wallet
                {
                    public string DepositAddress { get; set; } = "";
                    public string BitcoinAddress { get; set; } = "";
                }

                public sealed class Customer
                {
                    public string {|#0:Address|} { get; set; } = "";
                    public string {|#1:InvoiceAddress|} { get; set; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Address", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.InvoiceAddress", "contact"));
        }

        [Fact]
        public async Task Property_TypeSaysPersonalData_ReportsByType()
        {
            string source = """
                using System.Net;
                using System.Net.Mail;

                public sealed class EmailAddress { }

                public sealed class Visit
                {
                    public IPAddress? {|#0:Remote|} { get; set; }
                    public MailAddress? {|#1:ReplyTo|} { get; set; }
                    public EmailAddress? {|#2:Contact|} { get; set; }
                    public IPAddress? ListenAddress { get; set; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Visit.Remote", "online identifier"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Visit.ReplyTo", "contact"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Visit.Contact", "contact"));
        }

        [Fact]
        public async Task Annotated_OwnAttributeIdentityComplianceOrWholeType_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Compliance.Classification;

                public sealed class PrivateDataAttribute : DataClassificationAttribute
                {
                    public PrivateDataAttribute() : base(new DataClassification("Example", "Private")) { }
                }

                public sealed class Customer
                {
                    [PersonalData] public string Email { get; set; } = "";
                    [Microsoft.AspNetCore.Identity.PersonalData] public string Phone { get; set; } = "";
                    [PrivateData] public string Iban { get; set; } = "";
                    [NoDataClassification] public string SupportAddress { get; set; } = "";
                }

                [PersonalData(PersonalDataCategory.Contact)]
                public sealed class PostalAddress
                {
                    public PostalAddress(string street, string city) { Street = street; City = city; }
                    public string Street { get; }
                    public string City { get; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task IdentityUser_ItsMarkedMembersAndOverrides_NoDiagnostic()
        {
            // Identity marks Email, PhoneNumber and even EmailConfirmed as personal data: the annotation wins.
            string source = """
                using Microsoft.AspNetCore.Identity;

                public sealed class ShopUser : IdentityUser
                {
                    public override string? Email { get; set; }
                    public override string? PhoneNumber { get; set; }
                    public override bool EmailConfirmed { get; set; }
                    public string? {|#0:DisplayName|} { get; set; }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("ShopUser.DisplayName", "identity"));
        }

        [Fact]
        public async Task InterfaceAndBase_ReportedOnceAtTheDeclarationInSource()
        {
            string source = """
                public interface IContact
                {
                    string {|#0:Email|} { get; }
                }

                public abstract class PersonBase
                {
                    public abstract string {|#1:LastName|} { get; }
                }

                public sealed class Customer : PersonBase, IContact
                {
                    public string Email { get; } = "";
                    public override string LastName { get; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("IContact.Email", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("PersonBase.LastName", "identity"));
        }

        [Fact]
        public async Task InterfaceMarked_Implementation_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public interface IContact
                {
                    [PersonalData] string Email { get; }
                }

                public sealed class Customer : IContact
                {
                    public string Email { get; } = "";
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task Parameters_MethodConstructorAndRecord_ReportedWithTheirPlace()
        {
            string source = """
                public sealed class Customer
                {
                    public Customer(string {|#0:email|}) { }
                }

                public sealed class Newsletter
                {
                    public void Subscribe(string {|#1:email|}, int count) { }
                }

                public sealed record CustomerDto(int Id, string {|#2:Email|});
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer(email)", "contact"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Newsletter.Subscribe(email)", "contact"),
                Verify.Diagnostic().WithLocation(2).WithArguments("CustomerDto.Email", "contact"));
        }

        [Fact]
        public async Task Parameters_LambdaLocalFunctionOverrideAndMarkedRecord_NoDiagnostic()
        {
            string source = """
                using System;
                using GdprAnalyzers.Annotations;

                public abstract class Notifier
                {
                    public abstract void Send([PersonalData] string email);
                }

                public sealed class MailNotifier : Notifier
                {
                    public override void Send(string email)
                    {
                        Func<string, int> length = address => address.Length;
                        int Count(string phone) => phone.Length;
                        _ = length(email) + Count(email);
                    }
                }

                public sealed record CustomerDto([property: PersonalData] string Email, [PersonalData] string Phone);
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task Constant_EnumMemberAndIndexer_NoDiagnostic()
        {
            string source = """
                public enum Field { Email, Phone }

                public sealed class Columns
                {
                    public const string Email = "email";
                    public string this[string email] => email;
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Customer.g.cs", """
                // <auto-generated/>
                public sealed partial class Customer
                {
                    public string Email { get; set; } = "";
                }
                """));
            test.TestState.Sources.Add(("Customer.cs", """
                public sealed partial class Customer
                {
                    public string {|#0:Phone|} { get; set; } = "";
                }
                """));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Phone", "contact"));

            await test.RunAsync();
        }

        [Fact]
        public async Task AnnotationsLibraryMissing_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public sealed class Customer
                    {
                        public string Email { get; set; } = "";
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();

            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_Property_AddsAttributeWithCategoryAndUsing()
        {
            string source = """
                public sealed class Customer
                {
                    public int Id { get; set; }

                    /// <summary>Where we write to.</summary>
                    public string {|GDPR005:Email|} { get; set; } = "";
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    public int Id { get; set; }

                    /// <summary>Where we write to.</summary>
                    [PersonalData(PersonalDataCategory.Contact)]
                    public string Email { get; set; } = "";
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }

        [Fact]
        public async Task Fix_PropertyWithAttributes_AddsAfterThem()
        {
            string source = """
                using System.ComponentModel.DataAnnotations;
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    [Required]
                    [MaxLength(80)]
                    public string {|GDPR005:LastName|} { get; set; } = "";
                }
                """;
            string fixedSource = """
                using System.ComponentModel.DataAnnotations;
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    [Required]
                    [MaxLength(80)]
                    [PersonalData(PersonalDataCategory.Identity)]
                    public string LastName { get; set; } = "";
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }

        [Fact]
        public async Task Fix_ParametersAndRecord_AddAttributeToTheParameter()
        {
            string source = """
                public sealed class Newsletter
                {
                    public void Subscribe(string {|GDPR005:email|}, int count) { }
                }

                public sealed record CustomerDto(int Id, string {|GDPR005:Iban|});
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Newsletter
                {
                    public void Subscribe([PersonalData(PersonalDataCategory.Contact)] string email, int count) { }
                }

                public sealed record CustomerDto(int Id, [PersonalData(PersonalDataCategory.Financial)] string Iban);
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }

        [Fact]
        public async Task Fix_FieldDeclarationWithOthers_SplitsTheFlaggedVariable()
        {
            string source = """
                public sealed class Session
                {
                    private string _status = "", {|GDPR005:_email|} = "";
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Session
                {
                    private string _status = "";
                    [PersonalData(PersonalDataCategory.Contact)]
                    private string _email = "";
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }

        [Fact]
        public async Task FixAll_Document_MarksEveryDeclarationOnceWithOneUsing()
        {
            string source = """
                public sealed class Customer
                {
                    public string {|GDPR005:FirstName|} { get; set; } = "";
                    public string {|GDPR005:Email|} { get; set; } = "";
                    public string {|GDPR005:LicencePlate|} { get; set; } = "";
                    public int Visits { get; set; }
                }

                public sealed class Signup
                {
                    public void Register(string {|GDPR005:email|}, string {|GDPR005:phone|}) { }
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    [PersonalData(PersonalDataCategory.Identity)]
                    public string FirstName { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Contact)]
                    public string Email { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Vehicle)]
                    public string LicencePlate { get; set; } = "";
                    public int Visits { get; set; }
                }

                public sealed class Signup
                {
                    public void Register([PersonalData(PersonalDataCategory.Contact)] string email, [PersonalData(PersonalDataCategory.Contact)] string phone) { }
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }

        [Fact]
        public async Task FixAll_Solution_EachDocumentGetsOneUsing()
        {
            var test = new Verify.Test { CodeActionEquivalenceKey = ProbablePersonalDataCodeFixProvider.EquivalenceKey };
            test.TestState.Sources.Add(("A.cs", """
                public sealed class Customer
                {
                    public string {|GDPR005:Email|} { get; set; } = "";
                    public string {|GDPR005:Phone|} { get; set; } = "";
                }
                """));
            test.TestState.Sources.Add(("B.cs", """
                public sealed class Patient
                {
                    public string {|GDPR005:Diagnosis|} { get; set; } = "";
                }
                """));
            test.FixedState.Sources.Add(("A.cs", """
                using GdprAnalyzers.Annotations;

                public sealed class Customer
                {
                    [PersonalData(PersonalDataCategory.Contact)]
                    public string Email { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Contact)]
                    public string Phone { get; set; } = "";
                }
                """));
            test.FixedState.Sources.Add(("B.cs", """
                using GdprAnalyzers.Annotations;

                public sealed class Patient
                {
                    [PersonalData(PersonalDataCategory.SpecialCategory)]
                    public string Diagnosis { get; set; } = "";
                }
                """));

            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_FileUsesIdentityPersonalData_WritesTheQualifiedName()
        {
            string source = """
                using Microsoft.AspNetCore.Identity;

                public sealed class ShopUser : IdentityUser
                {
                    [PersonalData] public string? Nickname { get; set; }
                    public string? {|GDPR005:BillingAddress|} { get; set; }
                }
                """;
            string fixedSource = """
                using Microsoft.AspNetCore.Identity;

                public sealed class ShopUser : IdentityUser
                {
                    [PersonalData] public string? Nickname { get; set; }
                    [GdprAnalyzers.Annotations.PersonalData(GdprAnalyzers.Annotations.PersonalDataCategory.Contact)]
                    public string? BillingAddress { get; set; }
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }

        [Fact]
        public async Task Fix_FileImportsIdentity_OutputCompiles()
        {
            // Both namespaces imported: the simple name PersonalData would be ambiguous (CS0104); the verifier compiles the
            // fixed code, so an ambiguous attribute fails this test.
            string source = """
                using Microsoft.AspNetCore.Identity;

                public sealed class ShopUser : IdentityUser
                {
                    public string? {|GDPR005:BillingAddress|} { get; set; }
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;

                public sealed class ShopUser : IdentityUser
                {
                    [GdprAnalyzers.Annotations.PersonalData(PersonalDataCategory.Contact)]
                    public string? BillingAddress { get; set; }
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, ProbablePersonalDataCodeFixProvider.EquivalenceKey);
        }
    }
}
