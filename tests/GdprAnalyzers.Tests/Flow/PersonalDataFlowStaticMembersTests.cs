using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>The flow engine through static fields and static auto-properties assigned anywhere in the compilation.</summary>
    public sealed class PersonalDataFlowStaticMembersTests
    {
        [Fact]
        public async Task StaticField_AssignedInAnotherMethod_ReportsWhereLogged()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class SignIns
                {
                    private static string lastEmail = "";
                    private static string lastPlan = "";

                    public void Record(Customer customer)
                    {
                        lastEmail = customer.Email;
                        lastPlan = customer.Plan;
                    }

                    public void Report(ILogger logger)
                    {
                        logger.LogInformation("{Email} {Plan}", {|#0:lastEmail|}, lastPlan);
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("SignIns.lastEmail", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task StaticAutoProperty_AssignedFromAnotherType_ReportsWhereLogged()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public static class Recent
                {
                    public static string? Contact { get; set; }
                    public static string Channel { get; set; } = "";
                }

                public sealed class Callbacks
                {
                    public void Remember(Customer customer)
                    {
                        Recent.Contact ??= customer.Phone;
                        Recent.Channel = "phone";
                    }
                }

                public sealed class Reports
                {
                    public void Write(ILogger logger)
                    {
                        logger.LogInformation("{Contact} {Channel}", {|#0:Recent.Contact|}, Recent.Channel);
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Recent.Contact", "ILogger.LogInformation", " (from 'Customer.Phone')"));
        }

        [Fact]
        public async Task StaticField_AssignedRedactedOrNotPersonal_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class SignIns
                {
                    private static string lastEmail = "";
                    private static int visits;
                    private static string Derived { get { return lastEmail; } set { } }

                    public void Record(Customer customer)
                    {
                        lastEmail = Redact.Pseudonymize(customer.Email);
                        visits += customer.Email.Length;
                        Derived = customer.Email;
                    }

                    public void Report(ILogger logger)
                    {
                        logger.LogInformation("{Email} {Visits} {Derived}", lastEmail, visits, Derived);
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task StaticFields_AssignedFromEachOther_ReportWithoutLooping()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public static class Ring
                {
                    public static string A = "";
                    public static string B = "";

                    public static void Turn(Customer customer)
                    {
                        A = B;
                        B = A + customer.Email;
                    }

                    public static void Report(ILogger logger) => logger.LogInformation("{A}", {|#0:A|});
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Ring.A", "ILogger.LogInformation", " (from 'Ring.B')"));
        }
    }
}
