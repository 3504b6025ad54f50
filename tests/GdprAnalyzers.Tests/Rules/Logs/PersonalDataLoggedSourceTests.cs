using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR001: each way a value becomes personal data, and the redactions that end it.</summary>
    public sealed class PersonalDataLoggedSourceTests
    {
        [Fact]
        public async Task IdentityUser_UserNameLogged_ReportsAndIpParameterIsNot()
        {
            // Restated from a public report (shared/cases/LoginAudit.cs): Identity marks UserName as personal data.
            string source = """
                using System.Net;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class LoginAudit
                {
                    private readonly ILogger<LoginAudit> _logger;
                    public LoginAudit(ILogger<LoginAudit> logger) => _logger = logger;

                    public void Denied(IdentityUser user, IPAddress? clientIp)
                    {
                        _logger.LogInformation("Login for {UserName} denied (IP: {Ip})", {|#0:user.UserName|}, clientIp);
                        _logger.LogInformation("Login for {Email} denied", {|#1:user.Email|});
                    }

                    public void DeniedCompliant(IdentityUser user)
                    {
                        _logger.LogInformation("Login denied for account {AccountId}", GdprAnalyzers.Annotations.Redact.Pseudonymize(user.Id));
                        _logger.LogInformation("Login denied after {Count} failures", user.AccessFailedCount);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("IdentityUser.UserName", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("IdentityUser.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task IdentityUserSubclass_InheritedAndOwnMarkedMembers_Report()
        {
            string source = """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class ShopUser : IdentityUser
                {
                    [PersonalData] public string DisplayName { get; set; } = "";
                    public string Theme { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, ShopUser user)
                    {
                        logger.LogInformation("{Phone} {Name} {Theme}", {|#0:user.PhoneNumber|}, {|#1:user.DisplayName|}, user.Theme);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("IdentityUser.PhoneNumber", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("ShopUser.DisplayName", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task DataClassificationAttribute_SubclassIsPersonalData_NoClassificationIsNot()
        {
            string source = """
                using Microsoft.Extensions.Compliance.Classification;
                using Microsoft.Extensions.Logging;

                public sealed class PrivateDataAttribute : DataClassificationAttribute
                {
                    public PrivateDataAttribute() : base(new DataClassification("Contoso", "Private")) { }
                }

                public sealed class Order
                {
                    [PrivateData] public string DeliveryAddress { get; set; } = "";
                    [NoDataClassification] public string Reference { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Order order)
                    {
                        logger.LogInformation("{Address} {Reference}", {|#0:order.DeliveryAddress|}, order.Reference);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Order.DeliveryAddress", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task PersonalDataParameterFieldAndReturnValue_Report()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    [PersonalData] private string _lastEmail = "";

                    [return: PersonalData]
                    private static string LookUpPhone() => "+33 1 23 45 67 89";

                    public void Run(ILogger logger, [PersonalData] string email)
                    {
                        logger.LogInformation("{Email}", {|#0:email|});
                        logger.LogInformation("{Email}", {|#1:_lastEmail|});
                        logger.LogInformation("{Phone}", {|#2:LookUpPhone()|});
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Service._lastEmail", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Service.LookUpPhone()", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task PersonalDataType_ValueOfMarkedType_Reports()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                [PersonalData]
                public sealed record PostalAddress(string Street, string City);

                public sealed class Service
                {
                    public void Run(ILogger logger, PostalAddress address)
                    {
                        logger.LogInformation("Ship to {Address}", {|#0:address|});
                        logger.LogInformation("Ship to {City}", {|#1:address.City|});
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("address", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("PostalAddress.City", "ILogger.LogInformation", " (part of 'address')"));
        }

        [Fact]
        public async Task PositionalRecordParameter_MarksGeneratedProperty()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed record Contact([PersonalData] string Email, string Channel);

                public sealed class Service
                {
                    public void Run(ILogger logger, Contact contact)
                    {
                        logger.LogInformation("{Email} via {Channel}", {|#0:contact.Email|}, contact.Channel);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Contact.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task InterfaceAndBaseMember_MarkCarriesToImplementationAndOverride()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public interface IContact
                {
                    [PersonalData] string Email { get; }
                }

                public abstract class Person
                {
                    [PersonalData] public abstract string Name { get; }
                }

                public sealed class Lead : Person, IContact
                {
                    public string Email { get; set; } = "";
                    public override string Name => "Ada";
                    public string Source { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Lead lead)
                    {
                        logger.LogInformation("{Email} {Name} {Source}", {|#0:lead.Email|}, {|#1:lead.Name|}, lead.Source);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Lead.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Lead.Name", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task Redactions_EndTheFlow_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Compliance.Redaction;
                using Microsoft.Extensions.Logging;

                public static class Masking
                {
                    [Redaction]
                    public static string MaskPhone(string? phone) => phone is null ? "" : "***" + phone.Substring(phone.Length - 2);
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Redactor redactor, Customer customer)
                    {
                        logger.LogInformation("{Email}", Redact.Erase(customer.Email));
                        logger.LogInformation("{Email}", redactor.Redact(customer.Email));
                        logger.LogInformation("{Phone}", Masking.MaskPhone(customer.Phone));
                        logger.LogInformation($"Customer {Redact.Pseudonymize(customer.Email)}");
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task DestructuramaHiddenMembers_WholeObjectNotReported()
        {
            // Destructurama.Attributed is not served here: these stand-ins have its metadata names.
            string source = """
                using GdprAnalyzers.Annotations;
                using Serilog;

                namespace Destructurama.Attributed
                {
                    [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class NotLoggedAttribute : System.Attribute { }
                    [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class LogMaskedAttribute : System.Attribute { }
                }

                public sealed class Login
                {
                    [PersonalData, Destructurama.Attributed.NotLogged] public string UserName { get; set; } = "";
                    [PersonalData, Destructurama.Attributed.LogMasked] public string Email { get; set; } = "";
                    public string Client { get; set; } = "";
                }

                public static class Endpoint
                {
                    public static void Handle(Login login) => Log.Information("Login {@Login}", login);
                }
                """;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task NestedObject_CarriesPersonalDataOfMember_Reports()
        {
            string source = """
                using System.Collections.Generic;
                using Serilog;

                public sealed class Order
                {
                    public Customer Buyer { get; set; } = new Customer();
                    public int Lines { get; set; }
                }

                public static class Endpoint
                {
                    public static void Handle(Order order, List<Customer> recipients)
                    {
                        Log.Information("Order {@Order}", {|#0:order|});
                        Log.Information("Recipients {@Recipients}", {|#1:recipients|});
                        Log.Information("Order with {Lines} lines", order.Lines);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("order", "Log.Information", " (it carries 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("recipients", "Log.Information", " (it carries 'Customer.Email')"));
        }

        [Fact]
        public async Task GeneratedCode_Ignored()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Service.g.cs", """
                // <auto-generated/>
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer) => logger.LogInformation("{Email}", customer.Email);
                }
                """ + Customers.Marked));
            await test.RunAsync();
        }

        [Fact]
        public async Task GeneratedCodeAttribute_InHandWrittenFile_Ignored()
        {
            // A type a tool marks with [GeneratedCode] in a file without the auto-generated header: its logs are the
            // tool's, as the compiler's own generated-code rules say; the hand-written type beside it is analysed.
            const string source = """
                using System.CodeDom.Compiler;
                using Microsoft.Extensions.Logging;

                [GeneratedCode("svcutil", "8.0")]
                public sealed class GeneratedClient
                {
                    public void Run(ILogger logger, Customer customer) => logger.LogInformation("{Email}", customer.Email);

                    public sealed class Nested
                    {
                        public void Run(ILogger logger, Customer customer) => logger.LogInformation("{Email}", customer.Email);
                    }
                }

                public sealed class HandWritten
                {
                    [GeneratedCode("tool", "1.0")]
                    public void Generated(ILogger logger, Customer customer) => logger.LogInformation("{Email}", customer.Email);

                    public void Run(ILogger logger, Customer customer) => logger.LogInformation("{Email}", {|#0:customer.Email|});
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task NoPersonalDataMarkerInCompilation_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;

                    public sealed class Service
                    {
                        public string Email { get; set; } = "";
                        public void Run() => Console.WriteLine(Email);
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80,
            };
            test.TestState.AdditionalReferences.Clear();
            await test.RunAsync();
        }

        [Fact]
        public async Task NoLoggingLibrary_ConsoleStillASink()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;
                    using GdprAnalyzers.Annotations;

                    public sealed class Service
                    {
                        [PersonalData] public string Email { get; set; } = "";
                        public void Run() => Console.WriteLine({|GDPR001:Email|});
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80,
            };
            await test.RunAsync();
        }
    }
}
