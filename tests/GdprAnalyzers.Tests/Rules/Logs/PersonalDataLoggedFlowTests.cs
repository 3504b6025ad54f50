using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR001: how personal data travels inside the logged value.</summary>
    public sealed class PersonalDataLoggedFlowTests
    {
        private static string InService(string body) => $$"""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            public sealed class Order
            {
                public Customer Buyer { get; set; } = new Customer();
                public Customer? Referrer { get; set; }
            }

            public sealed class Service
            {
                public async Task Run(ILogger logger, Customer customer, Order order, bool flag)
                {
            {{body}}
                    await Task.CompletedTask;
                }

                [return: GdprAnalyzers.Annotations.PersonalData]
                private static Task<string> FindEmailAsync() => Task.FromResult("ada@example.com");
            }
            """ + Customers.Marked;

        /// <summary>A computed property of the project that returns personal data is personal data; one that returns
        /// something else, and an auto-property of the same type, are not.</summary>
        [Fact]
        public async Task ComputedProperty_ReturningPersonalData_Reports()
        {
            string code = """
                using Microsoft.Extensions.Logging;

                public sealed class Ticket
                {
                    private readonly Customer customer = new Customer();
                    public string Contact => customer.Email;
                    public string Sender { get { return "Mail " + customer.Phone; } }
                    public string Tier => customer.Plan;
                    public string Title { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Ticket ticket)
                    {
                        logger.LogInformation("{Contact}", {|#0:ticket.Contact|});
                        logger.LogInformation("{Sender}", {|#1:ticket.Sender|});
                        logger.LogInformation("{Tier} {Title}", ticket.Tier, ticket.Title);
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Ticket.Contact", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Ticket.Sender", "ILogger.LogInformation", " (from 'Customer.Phone')"));
        }

        /// <summary>A local overwritten on every branch (if/else, a switch with a default, a branch that returns) no longer
        /// holds what it held before; one overwritten on some branches only still may.</summary>
        [Fact]
        public async Task LocalOverwrittenOnEveryBranch_NotReported_OnSomeBranchesReported()
        {
            string body = """
                        string first = customer.Email;
                        if (flag) { first = "a"; } else { first = "b"; }
                        logger.LogInformation("{First}", first);

                        string second = customer.Email;
                        switch (customer.Visits) { case 1: second = "one"; break; default: second = "many"; break; }
                        logger.LogInformation("{Second}", second);

                        string third = customer.Email;
                        if (flag) { third = "a"; } else { return; }
                        logger.LogInformation("{Third}", third);

                        string fourth = customer.Email;
                        if (flag) { fourth = "a"; } else if (customer.Visits > 2) { fourth = "b"; }
                        logger.LogInformation("{Fourth}", {|#0:fourth|});

                        string fifth = customer.Email;
                        switch (customer.Visits) { case 1: fifth = "one"; break; }
                        logger.LogInformation("{Fifth}", {|#1:fifth|});

                        string sixth = "plan";
                        if (flag) { sixth = customer.Phone ?? ""; } else { sixth = "b"; }
                        logger.LogInformation("{Sixth}", {|#2:sixth|});
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("fourth", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("fifth", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(2).WithArguments("sixth", "ILogger.LogInformation", " (from 'Customer.Phone')"));
        }

        /// <summary>C# 12 collection expressions hold their elements, spread ones included.</summary>
        [Fact]
        public async Task CollectionExpression_HoldsItsElements()
        {
            string body = """
                        string[] emails = [customer.Email];
                        System.Collections.Generic.List<string> more = ["a", .. emails];
                        string[] plans = [customer.Plan, "gold"];
                        logger.LogInformation("{Emails}", {|#0:emails|});
                        logger.LogInformation("{More}", {|#1:more|});
                        logger.LogInformation("{Plans}", plans);
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("emails", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("more", "ILogger.LogInformation", " (from 'emails')"));
        }

        /// <summary>LINQ query syntax is followed as the calls it is translated to.</summary>
        [Fact]
        public async Task QuerySyntax_SelectOfPersonalData_Reports_SelectOfOtherMemberDoesNot()
        {
            string body = """
                        var customers = new[] { customer };
                        logger.LogInformation("{Emails}", string.Join(", ", {|#0:from c in customers where c.Visits > 1 select c.Email|}));
                        logger.LogInformation("{Plans}", string.Join(", ", from c in customers select c.Plan));
                """;
            await Verify.VerifyAnalyzerAsync(
                "using System.Linq;\n" + InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        /// <summary>A delegate held in a local whose lambda logs its parameter is a logger wrapper: the call is the sink.</summary>
        [Fact]
        public async Task DelegateWrapper_LambdaThatLogsItsParameter_CallReported()
        {
            string body = """
                        Action<string> log = s => logger.LogInformation("{Value}", s);
                        Action<string, string> audit = (what, who) => logger.LogInformation("{What}", what);
                        Func<string, int> measure = s => s.Length;
                        log({|#0:customer.Email|});
                        log(customer.Plan);
                        audit("export", customer.Email);
                        audit({|#1:customer.Email|}, "me");
                        logger.LogInformation("{Length}", measure(customer.Email));
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "log → ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "audit → ILogger.LogInformation", ""));
        }

        /// <summary>A constructor or a property setter of the project that logs its argument makes the creation or the
        /// assignment a sink; an auto-property and a setter that does not log do not.</summary>
        [Fact]
        public async Task ConstructorOrSetterThatLogsItsArgument_Reported()
        {
            string code = """
                using Microsoft.Extensions.Logging;

                public sealed class Audited
                {
                    public Audited(ILogger logger, string who) => logger.LogInformation("{Who}", who);
                }

                public sealed class Ticket
                {
                    private readonly ILogger logger;
                    private string requester = "";

                    public Ticket(ILogger logger) => this.logger = logger;

                    public string Requester
                    {
                        get => requester;
                        set
                        {
                            requester = value;
                            logger.LogInformation("Requester {Requester}", value);
                        }
                    }

                    public string Subject { get => requester; set => requester = value; }

                    public string Plan { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        _ = new Audited(logger, {|#0:customer.Email|});
                        _ = new Audited(logger, customer.Plan);
                        var ticket = new Ticket(logger);
                        ticket.Requester = {|#1:customer.Email|};
                        ticket.Subject = customer.Email;
                        ticket.Plan = customer.Email;
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "new Audited → ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "Ticket.Requester setter → ILogger.LogInformation", ""));
        }

        /// <summary>A projection over <c>IQueryable</c> (EF Core's form) is followed as one over a collection: its lambda
        /// is an expression tree, not a delegate.</summary>
        [Fact]
        public async Task QueryableProjection_SelectOfPersonalData_Reports_SelectOfOtherMemberDoesNot()
        {
            string body = """
                        IQueryable<Customer> customers = new[] { customer }.AsQueryable();
                        string? newest = customers.Where(c => c.Visits > 1).OrderBy(c => c.Visits).Select(c => c.Email).FirstOrDefault();
                        logger.LogInformation("{Newest}", {|#0:newest|});
                        logger.LogInformation("{Emails}", string.Join(", ", {|#1:from c in customers select c.Email|}));
                        logger.LogInformation("{Max}", {|#2:customers.Max(c => c.Email)|});
                        logger.LogInformation("{Plans}", string.Join(", ", customers.Select(c => c.Plan).ToList()));
                """;
            await Verify.VerifyAnalyzerAsync(
                "using System.Linq;\n" + InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("newest", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        /// <summary>A record copied with <c>with</c> is what it copies, or what a member is set from.</summary>
        [Fact]
        public async Task WithExpression_CopyOrMemberSetFromPersonalData_Reports()
        {
            string code = """
                using Microsoft.Extensions.Logging;

                [GdprAnalyzers.Annotations.PersonalData]
                public sealed record Contact(string Address);

                public sealed record Note(string Body, int Priority);

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer, Contact contact, Note note)
                    {
                        logger.LogInformation("{@Contact}", {|#0:contact with { Address = "x" }|});
                        logger.LogInformation("{@Note}", {|#1:note with { Body = customer.Email }|});
                        logger.LogInformation("{@Note}", note with { Priority = customer.Visits });
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("contact", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("with Note", "ILogger.LogInformation", " (built from 'Customer.Email')"));
        }

        [Fact]
        public async Task MemberChain_Reports()
        {
            await Verify.VerifyAnalyzerAsync(
                InService("""        logger.LogInformation("{Email}", {|#0:order.Buyer.Email|});"""),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task ConditionalAccess_Reports()
        {
            await Verify.VerifyAnalyzerAsync(
                InService("""        logger.LogInformation("{Email}", {|#0:order.Referrer?.Email|});"""),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task InterpolationConcatenationAndFormat_ReportEachPart()
        {
            string body = """
                        logger.LogInformation($"Mail {{|#0:customer.Email|}} plan {customer.Plan}");
                        logger.LogInformation("Phone " + {|#1:customer.Phone|} + " plan " + customer.Plan);
                        logger.LogInformation(string.Format("{0} {1}", {|#2:customer.Email|}, customer.Visits));
                        logger.LogInformation(string.Join(", ", {|#3:customer.Email|}, customer.Plan));
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(3).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task CallsOnPersonalData_CarryIt_CountsDoNot()
        {
            string body = """
                        logger.LogInformation("{Email}", {|#0:customer.Email.ToUpperInvariant()|});
                        logger.LogInformation("{Number}", {|#1:customer.CustomerNumber.ToString()|});
                        logger.LogInformation("{Length} {Empty}", customer.Email.Length, string.IsNullOrEmpty(customer.Email));
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.CustomerNumber", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task LocalAssignedFromPersonalData_ReportsAtUseWithOrigin()
        {
            string body = """
                        var email = customer.Email;
                        string line;
                        line = "Customer " + email;
                        var plan = customer.Plan;
                        logger.LogInformation("{Email}", {|#0:email|});
                        logger.LogInformation(line);
                        logger.LogInformation("{Plan}", plan);
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body.Replace("logger.LogInformation(line);", "logger.LogInformation({|#1:line|});")),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("line", "ILogger.LogInformation", " (from 'email')"));
        }

        [Fact]
        public async Task ConditionalAndCoalesce_ReportEachBranch()
        {
            string body = """
                        logger.LogInformation("{Contact}", flag ? {|#0:customer.Email|} : "none");
                        logger.LogInformation("{Contact}", {|#1:customer.Phone|} ?? {|#2:customer.Email|});
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task AwaitedPersonalDataResult_Reports()
        {
            await Verify.VerifyAnalyzerAsync(
                InService("""        logger.LogInformation("{Email}", {|#0:await FindEmailAsync()|});"""),
                Verify.Diagnostic().WithLocation(0).WithArguments("Service.FindEmailAsync()", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task AnonymousAndNewObjects_BuiltFromPersonalData_Report()
        {
            string body = """
                        logger.LogInformation("{@Contact}", {|#0:new { customer.Email, customer.Plan }|});
                        logger.LogInformation("{Contact}", {|#1:new Uri("mailto:" + customer.Email)|});
                        logger.LogInformation("{@Plan}", new { customer.Plan, customer.Visits });
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("anonymous object", "ILogger.LogInformation", " (it carries 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("new Uri", "ILogger.LogInformation", " (built from 'Customer.Email')"));
        }

        [Fact]
        public async Task LocalOfPersonalDataType_ItsMembersArePersonalData_ButNotMembersOfCarriers()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                [PersonalData]
                public sealed record Patient(string Name, string BloodGroup);

                public sealed class Visit
                {
                    public Patient Patient { get; set; } = new Patient("Ada", "O+");
                    public string Room { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger)
                    {
                        var patient = new Patient("Ada", "O+");
                        var visit = new Visit();
                        logger.LogInformation("{Group}", {|#0:patient.BloodGroup|});
                        logger.LogInformation("{Room}", visit.Room);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Patient.BloodGroup", "ILogger.LogInformation", " (part of 'patient')"));
        }

        [Fact]
        public async Task LambdaBody_LocalFromOuterMethod_Reports()
        {
            string body = """
                        var email = customer.Email;
                        Action log = () => logger.LogInformation("{Email}", {|#0:email|});
                        log();
                """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }
    }
}
