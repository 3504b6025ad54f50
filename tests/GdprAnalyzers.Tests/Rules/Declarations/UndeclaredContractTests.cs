using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
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
                    public string {|#0:EmailOf|}(Customer customer) => customer.Email;

                    public string PlanOf(Customer customer) => customer.Plan;

                    public void Notify(Customer customer) => Send({|#1:customer.Email|}, customer.Plan);

                    public static void Send(string address, string topic) { }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Directory
                {
                    [return: PersonalData]
                    public string EmailOf(Customer customer) => customer.Email;

                    public string PlanOf(Customer customer) => customer.Plan;

                    public void Notify(Customer customer) => Send(customer.Email, customer.Plan);

                    public static void Send([PersonalData] string address, string topic) { }
                }
                """ + Customers.Marked;

            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = UndeclaredContractCodeFixProvider.DeclareKey };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is returned by 'Directory.EmailOf'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "is passed to parameter 'address' of 'Directory.Send'"));
            await test.RunAsync();
        }

        /// <summary>A test project's helpers are no boundary of the program: GDPR007 proposes no contract there unless
        /// <c>gdpr.declarations_in_test_projects = true</c>.</summary>
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task TestProject_NoProposalUnlessAskedFor(bool askedFor)
        {
            string source = """
                public sealed class Directory
                {
                    public string {|#0:EmailOf|}(Customer customer) => customer.Email;
                }
                """ + Customers.Marked;
            var test = new Verify.Test { TestCode = source };
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Shop.Tests"));
            if (askedFor)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ConfigFiles.GlobalConfig("gdpr.declarations_in_test_projects = true")));
                test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is returned by 'Directory.EmailOf'"));
            }

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
                """ + Customers.Marked;
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
                """ + Customers.Marked;
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
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task SeveralReturnsAndCalls_OneProposalPerReturnValueAndPerParameterInEachBody()
        {
            // A reviewer acts on a contract, not on each return or call: a method's return value is proposed once, at its
            // name, for its first return that carries personal data; a parameter once per calling method, at the first
            // argument that carries personal data to it.
            string source = """
                public sealed class Directory
                {
                    public string {|#0:ContactOf|}(Customer customer, bool byPhone)
                    {
                        if (byPhone)
                        {
                            return customer.Phone ?? "";
                        }

                        return customer.Email;
                    }

                    public void Notify(Customer customer)
                    {
                        Send({|#1:customer.Email|});
                        Send(customer.Phone ?? "");
                        Send(customer.Email.Trim());
                    }

                    public void Remind(Customer customer) => Send({|#2:customer.Phone|} ?? "");

                    public static void Send(string address) { }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Phone", "is returned by 'Directory.ContactOf'"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "is passed to parameter 'address' of 'Directory.Send'"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Phone", "is passed to parameter 'address' of 'Directory.Send'"));
        }

        [Fact]
        public async Task PrivateAndInternalHelpers_NoDiagnostic()
        {
            // The flow engine follows the project's own helpers through their summaries: no contract is needed there.
            string source = """
                public sealed class Directory
                {
                    public void Notify(Customer customer) => Send(EmailOf(customer));

                    private string EmailOf(Customer customer) => customer.Email;

                    internal static void Send(string address) { }

                    private sealed class Nested
                    {
                        public string Contact(Customer customer) => customer.Email;
                    }
                }

                internal sealed class Helpers
                {
                    public string Contact(Customer customer) => customer.Email;

                    protected internal string Phone(Customer customer) => customer.Phone ?? "";
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task InterfaceAndAbstractMembers_ContractProposedOnThemEvenWhenInternal()
        {
            // A call through an interface or an abstract member is not followed when it has several implementations: the
            // contract there is what lets the rules see across. A parameter is proposed on the interface member, whichever
            // of it or its implementation is called; a value returned by an implementation or override is reported at that
            // method. The fixes declare the contracts on the members implemented, which the implementations inherit.
            string source = """
                internal interface IDirectory
                {
                    string Find(Customer customer);

                    void Send(string address);
                }

                internal abstract class Source
                {
                    public abstract string Contact(Customer customer);
                }

                internal sealed class EmailDirectory : IDirectory
                {
                    public string {|#0:Find|}(Customer customer) => customer.Email;

                    public void Send(string address) { }
                }

                internal sealed class PhoneSource : Source
                {
                    public override string {|#2:Contact|}(Customer customer) => customer.Phone ?? "";
                }

                internal sealed class Caller
                {
                    public void Run(IDirectory directory, EmailDirectory direct, Customer customer)
                    {
                        direct.Send({|#1:customer.Phone|} ?? "");
                        directory.Send(customer.Email);
                    }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                internal interface IDirectory
                {
                    [return: PersonalData]
                    string Find(Customer customer);

                    void Send([PersonalData] string address);
                }

                internal abstract class Source
                {
                    [return: PersonalData]
                    public abstract string Contact(Customer customer);
                }

                internal sealed class EmailDirectory : IDirectory
                {
                    public string Find(Customer customer) => customer.Email;

                    public void Send(string address) { }
                }

                internal sealed class PhoneSource : Source
                {
                    public override string Contact(Customer customer) => customer.Phone ?? "";
                }

                internal sealed class Caller
                {
                    public void Run(IDirectory directory, EmailDirectory direct, Customer customer)
                    {
                        direct.Send(customer.Phone ?? "");
                        directory.Send(customer.Email);
                    }
                }
                """ + Customers.Marked;

            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = UndeclaredContractCodeFixProvider.DeclareKey };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is returned by 'IDirectory.Find' (in 'EmailDirectory')"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "is passed to parameter 'address' of 'IDirectory.Send'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Phone", "is returned by 'Source.Contact' (in 'PhoneSource')"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ImplementationOfAnotherAssemblysInterface_NoDiagnostic()
        {
            // The contract of IComparer<string>.Compare or an Identity user store's GetEmailAsync is not the project's to
            // write; the implementation inherits whatever its interface says.
            string source = """
                using System.Collections.Generic;
                using System.Threading.Tasks;

                public sealed class ByEmail : IEqualityComparer<Customer>
                {
                    public bool Equals(Customer? x, Customer? y) => x?.Email == y?.Email;

                    public int GetHashCode(Customer obj) => obj.Email.GetHashCode();
                }

                public sealed class Formatter : System.IFormattable
                {
                    private readonly Customer customer = new();

                    public string ToString(string? format, System.IFormatProvider? formatProvider) => customer.Email;

                    public override string ToString() => customer.Email;
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        /// <summary>Where the type lists an interface or base class that does not bind (a project reference not built
        /// yet), a public method may implement a member of it, whose contract it would be: none is proposed there; a
        /// type whose bases all bind still gets its proposals.</summary>
        [Fact]
        public async Task TypeWithUnresolvedInterface_NoProposalOnItsPublicMethods()
        {
            string source = """
                public sealed class UserResolver : IUserResolver
                {
                    private readonly Customer customer = new();

                    public string EmailOf(string id) => customer.Email;
                }

                public sealed class Directory
                {
                    private readonly Customer customer = new();

                    public string {|#0:EmailOf|}(string id) => customer.Email;
                }
                """ + Customers.Marked;
            var test = new Verify.Test { TestCode = source, CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is returned by 'Directory.EmailOf'"));
            await test.RunAsync();
        }

        [Fact]
        public async Task FrameworkResultWrappers_NoDiagnostic()
        {
            // What an action, an endpoint or an Identity operation returns goes to the framework, not to a caller that
            // could rely on a contract: IActionResult, ActionResult<T>, IResult, IdentityResult, SignInResult, and tasks of
            // them, returned or passed, and whatever a controller action returns.
            string source = """
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Http;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Mvc;

                public sealed class ProfileController : Controller
                {
                    public IActionResult Show(Customer customer) => Ok(customer.Email);

                    public ActionResult<string> Email(Customer customer) => customer.Email;

                    public async Task<IActionResult> Edit(Customer customer)
                    {
                        await Task.Yield();
                        return View("Edit", customer.Email);
                    }

                    public JsonResult Json(Customer customer) => new JsonResult(customer.Email);
                }

                [ApiController]
                public sealed class ContactsController : ControllerBase
                {
                    public string Email(Customer customer) => customer.Email;

                    public async Task<string> PhoneAsync(Customer customer)
                    {
                        await Task.Yield();
                        return customer.Phone ?? "";
                    }
                }

                public static class Endpoints
                {
                    public static IResult Contact(Customer customer) => Results.Ok(customer.Email);
                }

                public sealed class Accounts
                {
                    private readonly UserManager<IdentityUser> users;

                    public Accounts(UserManager<IdentityUser> users) => this.users = users;

                    public Task<IdentityResult> ChangeEmail(IdentityUser user, Customer customer) => users.SetEmailAsync(user, customer.Email);

                    public Task<Microsoft.AspNetCore.Identity.SignInResult> SignIn(SignInManager<IdentityUser> signIn, Customer customer) => signIn.PasswordSignInAsync(customer.Email, "x", false, false);

                    public async Task Run(IdentityUser user, Customer customer) => await Check(users.SetEmailAsync(user, customer.Email));

                    public static Task Check(Task<IdentityResult> outcome) => outcome;
                }
                """ + Customers.Marked;

            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore };
            await test.RunAsync();
        }

        [Fact]
        public async Task DeclaredTypeSaysPersonalDataOrCarriesNoValue_NoDiagnostic()
        {
            // A type marked as a whole already says it, also inside a task; a Task without a result, a bool or an enum
            // carry nothing to the caller.
            string source = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;

                [PersonalData]
                public sealed class Patient
                {
                    public string Name { get; set; } = "";
                }

                public enum Channel { Mail, Phone }

                public sealed class Ward
                {
                    private readonly Patient patient = new();

                    public Task<Patient> FindAsync() => Task.FromResult(patient);

                    public Patient Find() => patient;

                    public Task NotifyAsync(Customer customer) => Task.Run(() => customer.Email.Trim());

                    public Task<bool> HasEmailAsync(Customer customer) => Task.FromResult(customer.Email.Length > 0);

                    public void Admit(Patient admitted) => Store(admitted);

                    public static void Store(Patient patient) { }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task GenericValues_NoDiagnostic()
        {
            // A generic parameter or result carries whatever its callers put in: a contract would mark every use.
            string source = """
                using System.Collections.Generic;

                public sealed class Envelope<T>
                {
                    public Envelope(T body) => Body = body;

                    public T Body { get; }
                }

                public static class Wrap
                {
                    public static Envelope<T> Create<T>(T body) => new Envelope<T>(body);

                    public static T First<T>(List<T> items) => items[0];

                    public static void Send(Customer customer) => Create(customer.Email);

                    public static string {|#0:FirstEmail|}(Customer customer) => First(new List<string> { customer.Email });
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Wrap.First()", "is returned by 'Wrap.FirstEmail'"));
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            string source = """
                // <auto-generated/>
                public sealed class Directory
                {
                    public string EmailOf(Customer customer) => customer.Email;
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task FixAll_DeclaresEveryContractOfTheDocumentOnce()
        {
            string source = """
                public sealed class Directory
                {
                    public string {|#0:EmailOf|}(Customer customer) => customer.Email;

                    public string {|#1:PhoneOf|}(Customer customer) => customer.Phone ?? "";

                    public void Notify(Customer customer)
                    {
                        Send({|#2:customer.Email|});
                        Send(EmailOf(customer));
                    }

                    public static void Send(string address) { }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using GdprAnalyzers.Annotations;

                public sealed class Directory
                {
                    [return: PersonalData]
                    public string EmailOf(Customer customer) => customer.Email;

                    [return: PersonalData]
                    public string PhoneOf(Customer customer) => customer.Phone ?? "";

                    public void Notify(Customer customer)
                    {
                        Send(customer.Email);
                        Send(EmailOf(customer));
                    }

                    public static void Send([PersonalData] string address) { }
                }
                """ + Customers.Marked;

            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = UndeclaredContractCodeFixProvider.DeclareKey };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is returned by 'Directory.EmailOf'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "is returned by 'Directory.PhoneOf'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "is passed to parameter 'address' of 'Directory.Send'"));
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_DeclaresAParameterInAnotherDocumentThanItsCalls()
        {
            // A parameter's proposal sits at the call; Fix All writes the contract where the parameter is declared, once.
            var test = new Verify.Test { CodeActionEquivalenceKey = UndeclaredContractCodeFixProvider.DeclareKey };
            test.TestState.Sources.Add(("/Notifier.cs", """
                public sealed class Notifier
                {
                    public void Welcome(Customer customer) => Mailer.Send({|#0:customer.Email|});

                    public void Remind(Customer customer) => Mailer.Send({|#1:customer.Phone|} ?? "");
                }
                """ + Customers.Marked));
            test.TestState.Sources.Add(("/Mailer.cs", """
                public static class Mailer
                {
                    public static void Send(string address) { }
                }
                """));
            test.FixedState.Sources.Add(("/Notifier.cs", """
                public sealed class Notifier
                {
                    public void Welcome(Customer customer) => Mailer.Send(customer.Email);

                    public void Remind(Customer customer) => Mailer.Send(customer.Phone ?? "");
                }
                """ + Customers.Marked));
            test.FixedState.Sources.Add(("/Mailer.cs", """
                using GdprAnalyzers.Annotations;

                public static class Mailer
                {
                    public static void Send([PersonalData] string address) { }
                }
                """));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "is passed to parameter 'address' of 'Mailer.Send'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "is passed to parameter 'address' of 'Mailer.Send'"));
            await test.RunAsync();
        }
    }
}
