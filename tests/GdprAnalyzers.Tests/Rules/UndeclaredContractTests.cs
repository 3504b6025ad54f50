using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.UndeclaredContractAnalyzer,
    GdprAnalyzers.CodeFixes.UndeclaredContractCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR007: personal data crosses a method boundary without a [PersonalData] contract.</summary>
    public sealed class UndeclaredContractTests
    {
        [Fact]
        public async Task ReturnedAndPassedPersonalData_ReportedWithFixes()
        {
            string source = """
                public sealed class Directory
                {
                    public string EmailOf(Customer customer) => {|#0:customer.Email|};

                    public string PlanOf(Customer customer) => customer.Plan;

                    public void Notify(Customer customer) => Send({|#1:customer.Email|}, customer.Plan);

                    private static void Send(string address, string topic) { }
                }
                """ + PersonalDataLoggedSinkTests.Customer;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Directory
                {
                    [return: PersonalData]
                    public string EmailOf(Customer customer) => customer.Email;

                    public string PlanOf(Customer customer) => customer.Plan;

                    public void Notify(Customer customer) => Send(customer.Email, customer.Plan);

                    private static void Send([PersonalData] string address, string topic) { }
                }
                """ + PersonalDataLoggedSinkTests.Customer;

            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = UndeclaredContractCodeFixProvider.DeclareKey };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is returned by 'Directory.EmailOf'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "is passed to parameter 'address' of 'Directory.Send'"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("log-sink")]
        [InlineData("storage-sink")]
        [InlineData("decision")]
        [InlineData(null)]
        public async Task ArgumentOfModelledSinkOrDecision_LeftToTheRuleOfThatSink(string? kind)
        {
            // The other rules report the argument at a sink or decision; a contract proposal there is noise.
            string source = """
                public sealed class Audit
                {
                    public void Notify(Customer customer) => Record({|#0:customer.Email|});

                    public static void Record(string entry) { }
                }
                """ + PersonalDataLoggedSinkTests.Customer;
            var test = new Verify.Test { TestCode = source };
            if (kind is null)
            {
                test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is passed to parameter 'entry' of 'Audit.Record'"));
            }
            else
            {
                test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", kind + " M:Audit.Record(System.String)\n"));
            }

            await test.RunAsync();
        }

        [Fact]
        public async Task ArgumentOfAutomatedDecision_LeftToGdpr004()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Refunds
                {
                    public bool Check(Customer customer) => Decide(customer.Email);

                    [AutomatedDecision]
                    public static bool Decide(string email) => email.Length > 3;
                }
                """ + PersonalDataLoggedSinkTests.Customer;
            await new Verify.Test { TestCode = source }.RunAsync();
        }

        [Fact]
        public async Task DeclaredContractsOverridesAndWholeObjects_NotReported()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public abstract class Source
                {
                    [return: PersonalData] public abstract string Contact(Customer customer);
                }

                public sealed class EmailSource : Source
                {
                    public override string Contact(Customer customer) => customer.Email;

                    [return: PersonalData]
                    public string Declared(Customer customer) => customer.Email;

                    public Customer Whole(Customer customer) => customer;

                    public void Pass(Customer customer) => Take(customer, customer.Email);

                    private static void Take(Customer whole, [PersonalData] string email) { }
                }
                """ + PersonalDataLoggedSinkTests.Customer;

            await Verify.VerifyAnalyzerAsync(source);
        }
    }
}
