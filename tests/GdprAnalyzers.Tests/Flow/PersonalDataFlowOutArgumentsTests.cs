using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>The flow engine through <c>out</c> and <c>ref</c> arguments: the project's methods by their summaries,
    /// other assemblies' <c>Try*</c> methods on a collection by what it holds.</summary>
    public sealed class PersonalDataFlowOutArgumentsTests
    {
        private static string InDirectory(string body) => $$"""
            using System.Collections.Generic;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            public sealed class Directory
            {
                public static bool TryGetContact(Customer customer, out string contact)
                {
                    contact = customer.Email;
                    return contact.Length > 0;
                }

                public static bool TryGetPlan(Customer customer, out string plan)
                {
                    plan = customer.Plan;
                    return true;
                }

                public static bool TryGetMasked(Customer customer, out string masked)
                {
                    masked = Redact.Pseudonymize(customer.Email);
                    return true;
                }

                public static void Copy(string from, out string to) => to = from.Trim();

                public void Run(ILogger logger, Customer customer)
                {
            {{body}}
                }
            }
            """ + Customers.Marked;

        [Fact]
        public async Task OutArgument_MethodAssignsPersonalData_ReportsTheVariable()
        {
            string body = """
                    if (TryGetContact(customer, out var contact))
                    {
                        logger.LogInformation("{Contact}", {|#0:contact|});
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                InDirectory(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("contact", "ILogger.LogInformation", " (from 'Directory.TryGetContact(out contact)')"));
        }

        [Fact]
        public async Task OutArgument_MethodAssignsOtherOrRedactedData_NoDiagnostic()
        {
            string body = """
                    if (TryGetPlan(customer, out string plan) && TryGetMasked(customer, out string masked))
                    {
                        logger.LogInformation("{Plan} {Masked}", plan, masked);
                    }
            """;
            await Verify.VerifyAnalyzerAsync(InDirectory(body));
        }

        [Fact]
        public async Task OutArgument_ParameterFlowsToIt_ReportsOnlyForPersonalDataArgument()
        {
            string body = """
                    Copy(customer.Phone ?? "", out var phone);
                    Copy(customer.Plan, out var plan);
                    logger.LogInformation("{Phone} {Plan}", {|#0:phone|}, plan);
            """;
            await Verify.VerifyAnalyzerAsync(
                InDirectory(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("phone", "ILogger.LogInformation", " (from 'Directory.Copy(out to)')"));
        }

        [Fact]
        public async Task TryGetValue_DictionaryHoldingPersonalData_ReportsTheValue()
        {
            string body = """
                    var emails = new Dictionary<int, string>();
                    emails[1] = customer.Email;
                    var plans = new Dictionary<string, string>();
                    plans[customer.Email] = customer.Plan;
                    if (emails.TryGetValue(1, out var email) && plans.TryGetValue("gold", out var plan))
                    {
                        logger.LogInformation("{Email} {Plan}", {|#0:email|}, plan);
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                InDirectory(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'emails')"));
        }

        [Fact]
        public async Task TryDequeue_QueueHoldingPersonalData_Reports()
        {
            string body = """
                    var pending = new Queue<string>();
                    pending.Enqueue(customer.Phone ?? "");
                    while (pending.TryDequeue(out string? next))
                    {
                        logger.LogInformation("{Next}", {|#0:next|});
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                InDirectory(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("next", "ILogger.LogInformation", " (from 'pending')"));
        }
    }
}
