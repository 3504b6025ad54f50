using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.ExceptionMessageAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR009: personal data or a credential written into an exception's message or <c>Data</c>; and GDPR001 and
    /// GDPR006 leaving the log of such an exception to it.</summary>
    public sealed class ExceptionMessageTests
    {
        private const string MessageOf = "the message of '{0}'";

        [Fact]
        public async Task ThrowNew_InterpolatedEmail_ReportedAtTheValue_PlanIsNot()
        {
            string source = """
                using System;

                public sealed class Accounts
                {
                    public void Close(Customer customer)
                    {
                        if (customer.Visits == 0)
                        {
                            throw new InvalidOperationException($"No account for {{|#0:customer.Email|}}");
                        }

                        throw new InvalidOperationException($"No account on plan {customer.Plan} after {customer.Visits} visits");
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "personal data", "", string.Format(MessageOf, "InvalidOperationException")));
        }

        [Fact]
        public async Task FormatConcatenationAndLocal_Reported_ParameterNameAndInnerExceptionAreNot()
        {
            string source = """
                using System;

                public sealed class Accounts
                {
                    public void Check(Customer customer, Exception inner)
                    {
                        var text = "Phone " + customer.Phone + " is unknown";
                        throw customer.Visits switch
                        {
                            0 => new ArgumentException(string.Format("Bad address {0}", {|#0:customer.Email|}), nameof(customer)),
                            1 => new InvalidOperationException({|#1:text|}, inner),
                            2 => new ArgumentNullException(nameof(customer.Email), "Plan " + customer.Plan),
                            _ => new ArgumentOutOfRangeException(nameof(customer), {|#2:customer.CustomerNumber|}, "Unknown customer"),
                        };
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "personal data", "", string.Format(MessageOf, "ArgumentException")),
                Verify.Diagnostic().WithLocation(1).WithArguments("text", "personal data", " (from 'Customer.Phone')", string.Format(MessageOf, "InvalidOperationException")),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.CustomerNumber", "personal data", "", string.Format(MessageOf, "ArgumentOutOfRangeException")));
        }

        [Fact]
        public async Task ProjectException_FirstStringParameterIsTheMessage_NumbersAreNot()
        {
            string source = """
                using System;

                public sealed class CustomerNotFoundException : Exception
                {
                    public CustomerNotFoundException(string email) : base($"No customer {email}") { }
                    public CustomerNotFoundException(int visits, string plan) : base($"No customer with {visits} visits on {plan}") { }
                }

                public sealed class Accounts
                {
                    public Exception Missing(Customer customer) =>
                        customer.Visits > 0 ? new CustomerNotFoundException(customer.Visits, customer.Plan) : new CustomerNotFoundException({|#0:customer.Email|});
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "personal data", "", string.Format(MessageOf, "CustomerNotFoundException")));
        }

        [Fact]
        public async Task CredentialInMessageAndData_ReportedAsCredential_KeysAndNamesAreNot()
        {
            string source = """
                using System;
                using System.Security.Authentication;

                public sealed class Login
                {
                    public void Fail(string userId, string password, string accessToken, Customer customer)
                    {
                        var failure = new AuthenticationException("Login failed with " + {|#0:password|});
                        failure.Data["token"] = {|#1:accessToken|};
                        failure.Data.Add("email", {|#2:customer.Email|});
                        failure.Data["user"] = userId;
                        failure.Data.Add("plan", customer.Plan);
                        throw failure;
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("password", "a credential", "", string.Format(MessageOf, "AuthenticationException")),
                Verify.Diagnostic().WithLocation(1).WithArguments("accessToken", "a credential", "", "'Exception.Data'"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "personal data", "", "'Exception.Data'"));
        }

        /// <summary>Restated from the corpus (squidex's database migrator): the host a connection string names is no
        /// secret; the connection string itself is.</summary>
        [Fact]
        public async Task HostNameParsedFromConnectionString_NotACredential_ConnectionStringIs()
        {
            string source = """
                using System;

                public sealed class ConnectionStringParser
                {
                    public string? GetHostName(string? source) => source?.Split(';')[0];
                }

                public sealed class Migrator
                {
                    public void Fail(ConnectionStringParser parser, string connectionString)
                    {
                        var hostName = parser.GetHostName(connectionString);
                        if (hostName is null)
                        {
                            throw new InvalidOperationException($"Cannot reach {{|#0:connectionString|}}");
                        }

                        throw new InvalidOperationException($"Failed to connect to database <{hostName}>");
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("connectionString", "a credential", "", string.Format(MessageOf, "InvalidOperationException")));
        }

        [Fact]
        public async Task WholeObject_ReportedWhereItsTextShowsPersonalData()
        {
            string source = """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed record Contact([property: PersonalData] string Email);

                public sealed class Account
                {
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class Accounts
                {
                    public void Fail(Contact contact, Account account)
                    {
                        throw new InvalidOperationException($"Cannot merge {{|#0:contact|}} into {account}");
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("contact", "personal data", " (it carries 'Contact.Email')", string.Format(MessageOf, "InvalidOperationException")));
        }

        [Fact]
        public async Task FrameworkSource_ReportedWithFrameworkSourcesOn_NotWithThemOff()
        {
            string source = """
                using System;
                using System.Security.Claims;

                public sealed class Orders
                {
                    public void Refuse(ClaimsPrincipal user) =>
                        throw new UnauthorizedAccessException($"{{|#0:user.Identity?.Name|}} may not order");
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("IIdentity.Name", "personal data", "", string.Format(MessageOf, "UnauthorizedAccessException")));

            var off = new Verify.Test { TestCode = source.Replace("{|#0:", "").Replace("|}", "") };
            off.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.framework_sources = false")));
            await off.RunAsync();
        }

        [Fact]
        public async Task RawResponseBody_NotASourceHere_TheUserNameBesideItIs()
        {
            // Raw bodies are GDPR001's sources when logged; in an exception's message they were, on real code, plugin
            // manifests and checksums of downloads.
            string source = """
                using System;
                using System.Net.Http;
                using System.Security.Claims;
                using System.Threading.Tasks;

                public sealed class Plugins
                {
                    public async Task Install(HttpClient client, ClaimsPrincipal user)
                    {
                        string manifest = await client.GetStringAsync("https://plugins.example/manifest.json");
                        throw new InvalidOperationException($"Bad manifest {manifest} for {{|#0:user.Identity?.Name|}}");
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("IIdentity.Name", "personal data", "", string.Format(MessageOf, "InvalidOperationException")));
        }

        [Fact]
        public async Task RedactedValue_NoDiagnostic()
        {
            string source = """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed class Accounts
                {
                    public void Close(Customer customer, string password) =>
                        throw new InvalidOperationException($"No account for {Redact.Pseudonymize(customer.Email)}, password {Redact.Erase(password)}");
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Accounts.g.cs", """
                // <auto-generated/>
                using System;

                public sealed class Accounts
                {
                    public void Close(Customer customer) => throw new InvalidOperationException($"No account for {customer.Email}");
                }
                """ + Customers.Marked));
            await test.RunAsync();
        }

        [Fact]
        public async Task DeclaredExceptionSink_EveryArgumentReported()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public static class Guard
                    {
                        public static void Fail(string reason, object detail) => throw new System.InvalidOperationException("Failed");
                    }

                    public sealed class Accounts
                    {
                        public void Close(Customer customer) => Guard.Fail("closing", {|#0:customer.Email|});
                        public void Keep(Customer customer) => Guard.Fail("keeping", customer.Plan);
                    }
                    """ + Customers.Marked,
            };
            test.TestState.AdditionalFiles.Add(("GdprAnalyzers.Models.txt", "exception-sink M:Guard.Fail(System.String,System.Object)\n"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "personal data", "", "the message of 'Guard.Fail'"));
            await test.RunAsync();
        }

        /// <summary>GDPR009 owns the leak: the log of an exception built from personal data in the same method
        /// (<c>ex.Message</c>, <c>ex.ToString()</c>, <c>ex</c> as a value, <c>LogError(ex, ...)</c>) is reported neither by
        /// GDPR001 nor by GDPR006, whether GDPR009 is on or off; what the log adds itself still is.</summary>
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task LogOfExceptionBuiltFromPersonalData_OnlyGdpr009_WhetherOnOrOff(bool gdpr009On)
        {
            string source = """
                using System;
                using Microsoft.Extensions.Logging;

                public sealed class Accounts
                {
                    public void Close(ILogger logger, Customer customer, string password)
                    {
                        var missing = new InvalidOperationException($"No account for {{|#0:customer.Email|}}");
                        logger.LogError(missing, "Closing failed");
                        logger.LogError("Closing failed: {Message}", missing.Message);
                        logger.LogError("Closing failed: {Error}", missing.ToString());
                        logger.LogError("Closing failed: {Error}", missing);
                        var message = missing.Message;
                        logger.LogWarning(message);

                        var refused = new UnauthorizedAccessException("Refused " + {|#1:password|});
                        logger.LogError(refused, "Login failed: {Message}", refused.Message);
                        logger.LogError("Login failed for {Email}: {Error}", {|#2:customer.Email|}, refused.ToString());
                    }
                }
                """ + Customers.Marked;

            var test = new ExceptionAndLogRulesTest { TestCode = source };
            if (gdpr009On)
            {
                test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "personal data", "", string.Format(MessageOf, "InvalidOperationException")));
                test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("password", "a credential", "", string.Format(MessageOf, "UnauthorizedAccessException")));
            }
            else
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("dotnet_diagnostic.GDPR009.severity = none")));
            }

            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.PersonalDataLogged, DiagnosticSeverity.Warning)
                .WithLocation(2)
                .WithArguments("Customer.Email", "ILogger.LogError", "")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        /// <summary>An exception caught is not followed back to where it was thrown (the engine orders no statements):
        /// GDPR001 does not report its log either way, and GDPR009 reports the throw.</summary>
        [Fact]
        public async Task CaughtException_LogNotReported_ThrowIs()
        {
            string source = """
                using System;
                using Microsoft.Extensions.Logging;

                public sealed class Accounts
                {
                    public void Close(ILogger logger, Customer customer)
                    {
                        try
                        {
                            throw new InvalidOperationException($"No account for {{|#0:customer.Email|}}");
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "Closing failed: {Message}", ex.Message);
                        }
                    }
                }
                """ + Customers.Marked;

            var test = new ExceptionAndLogRulesTest { TestCode = source };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "personal data", "", string.Format(MessageOf, "InvalidOperationException")));
            await test.RunAsync();
        }

        /// <summary>GDPR009 with the log rules GDPR001 and GDPR006, as a build runs them.</summary>
        private sealed class ExceptionAndLogRulesTest : CSharpAnalyzerTest<ExceptionMessageAnalyzer, DefaultVerifier>
        {
            public ExceptionAndLogRulesTest()
            {
                ReferenceAssemblies = TestReferences.Net80WithPackages;
                TestState.AdditionalReferences.Add(TestReferences.Annotations);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
            {
                new ExceptionMessageAnalyzer(), new PersonalDataLoggedAnalyzer(), new CredentialLoggedAnalyzer(),
            };
        }
    }
}
