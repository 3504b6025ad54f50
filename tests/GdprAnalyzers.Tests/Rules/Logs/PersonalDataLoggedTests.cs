using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    public sealed class PersonalDataLoggedTests
    {
        private const string Customer = """
            public sealed class Customer
            {
                [GdprAnalyzers.Annotations.PersonalData] public string Email { get; set; } = "";
                [GdprAnalyzers.Annotations.PersonalData] public string Phone { get; set; } = "";
                public int Visits { get; set; }
            }
            """;

        [Fact]
        public async Task LogInformation_PersonalDataArgument_ReportsAtArgumentWithMessage()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Hello {Email}", {|#0:customer.Email|});
                    }
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task LogInformation_RedactedEmail_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Hello {Email} after {Visits} visits", Redact.Pseudonymize(customer.Email), customer.Visits);
                    }
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task LogInformation_PersonalData_FixPseudonymises()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Hello {Email} {Phone}", {|GDPR001:customer.Email|}, {|GDPR001:customer.Phone|});
                    }
                }
                """ + Customer;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Greet(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Hello {Email} {Phone}", Redact.Pseudonymize(customer.Email), Redact.Pseudonymize(customer.Phone));
                    }
                }
                """ + Customer;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }
    }
}
