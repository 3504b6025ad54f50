using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>The flow engine inside one method, seen through GDPR001: each flow with its safe twin.</summary>
    public sealed class PersonalDataFlowEngineTests
    {
        private static string InService(string body) => $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            public sealed class Service
            {
                private string _last = "";

                public void Run(ILogger logger, Customer customer, List<Customer> customers, int kind)
                {
            {{body}}
                }
            }
            """ + Customers.Marked;

        [Fact]
        public async Task ListFilledWithPersonalData_ElementsAndJoinReport_OtherListDoesNot()
        {
            string body = """
                    var emails = new List<string>();
                    emails.Add(customer.Email);
                    var plans = new List<string> { customer.Plan };
                    logger.LogInformation("{First}", {|#0:emails[0]|});
                    logger.LogInformation("{All}", string.Join(", ", {|#1:emails|}));
                    logger.LogInformation("{Plans}", string.Join(", ", plans));
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("emails", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("emails", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task ArrayAndDictionary_Report()
        {
            string body = """
                    var phones = new string?[] { customer.Phone };
                    var byId = new Dictionary<int, string>();
                    byId[1] = customer.Email;
                    logger.LogInformation("{Phone}", {|#0:phones[0]|});
                    logger.LogInformation("{Email}", {|#1:byId[1]|});
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("phones", "ILogger.LogInformation", " (from 'Customer.Phone')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("byId", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task LinqAndForeach_Report_CountsDoNot()
        {
            string body = """
                    var emails = customers.Select(c => c.Email);
                    logger.LogInformation("{Emails}", {|#0:emails|});
                    logger.LogInformation("{First}", {|#1:customers.First().Email|});
                    foreach (var c in customers)
                    {
                        logger.LogInformation("{Email}", {|#2:c.Email|});
                        logger.LogInformation("{Plan}", c.Plan);
                    }

                    logger.LogInformation("{Count}", customers.Count(c => c.Email.Length > 0));
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("emails", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task StringBuilder_AppendedPersonalData_Reports()
        {
            string body = """
                    var text = new StringBuilder();
                    text.Append("Customer ").Append(customer.Plan);
                    text.AppendLine(customer.Email);
                    var safe = new StringBuilder().Append(customer.Plan);
                    logger.LogInformation({|#0:text.ToString()|});
                    logger.LogInformation(safe.ToString());
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("text", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task TuplesDeconstructionAndSwitchExpressions_Report()
        {
            string body = """
                    var (email, plan) = (customer.Email, customer.Plan);
                    var contact = kind switch { 1 => customer.Email, _ => "none" };
                    var label = kind switch { 1 => "gold", _ => "basic" };
                    logger.LogInformation("{Email} {Plan}", {|#0:email|}, plan);
                    logger.LogInformation("{Contact} {Label}", {|#1:contact|}, label);
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("contact", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task PatternVariableAndThisField_Report()
        {
            string body = """
                    object value = customer.Email;
                    if (value is string text)
                    {
                        logger.LogInformation("{Text}", {|#0:text|});
                    }

                    _last = customer.Email;
                    logger.LogInformation("{Last}", {|#1:_last|});
            """;
            await Verify.VerifyAnalyzerAsync(
                InService(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("text", "ILogger.LogInformation", " (from 'value')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Service._last", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        private static string WithOrder(string body) => $$"""
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            public sealed class Order
            {
                public string Reference { get; set; } = "";
                public Customer Buyer { get; set; } = new Customer();
            }

            public sealed class Service
            {
                public void Run(ILogger logger, Customer customer, Order order, object value, int kind)
                {
            {{body}}
                }
            }
            """ + Customers.Marked;

        [Fact]
        public async Task PropertyPatternVar_MemberBound_ReportsThePersonalDataMemberOnly()
        {
            string body = """
                    if (customer is { Email: var email, Plan: var plan })
                    {
                        logger.LogInformation("{Email} {Plan}", {|#0:email|}, plan);
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                WithOrder(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task ExtendedPropertyPattern_NestedMemberBound_Reports()
        {
            string body = """
                    if (order is { Buyer.Email: var email })
                    {
                        logger.LogInformation("{Email}", {|#0:email|});
                    }

                    if (order is { Buyer.Plan: { Length: > 0 } plan, Reference: var reference })
                    {
                        logger.LogInformation("{Plan} {Reference}", plan, reference);
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                WithOrder(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task EmptyPropertyPatternDesignation_BindsTheMember_Reports()
        {
            string body = """
                    if (customer is { Phone: { } phone } && order is { Buyer: { Plan: { } plan } })
                    {
                        logger.LogInformation("{Phone} {Plan}", {|#0:phone|}, plan);
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                WithOrder(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("phone", "ILogger.LogInformation", " (from 'Customer.Phone')"));
        }

        [Fact]
        public async Task TypedPropertyPattern_OnObject_BindsTheMember_Reports()
        {
            string body = """
                    if (value is Customer { Email: var email, Plan: var plan })
                    {
                        logger.LogInformation("{Email} {Plan}", {|#0:email|}, plan);
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                WithOrder(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task SwitchStatementPropertyPattern_BindsTheMember_Reports()
        {
            string body = """
                    switch (order)
                    {
                        case { Buyer: { Email: var email } } when kind > 0:
                            logger.LogInformation("{Email}", {|#0:email|});
                            break;
                        case { Reference: var reference }:
                            logger.LogInformation("{Reference}", reference);
                            break;
                    }
            """;
            await Verify.VerifyAnalyzerAsync(
                WithOrder(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        [Fact]
        public async Task SwitchExpressionPropertyPattern_ArmValueFromDesignation_Reports()
        {
            string body = """
                    string contact = customer switch
                    {
                        { Phone: { } phone } => phone,
                        _ => "none",
                    };
                    string label = customer switch
                    {
                        { Plan: var plan } when kind > 0 => plan,
                        _ => "none",
                    };
                    logger.LogInformation("{Contact} {Label}", {|#0:contact|}, label);
            """;
            await Verify.VerifyAnalyzerAsync(
                WithOrder(body),
                Verify.Diagnostic().WithLocation(0).WithArguments("contact", "ILogger.LogInformation", " (from 'phone')"));
        }

        [Fact]
        public async Task PositionalPattern_EachVariableBindsItsElement_ReportsOnlyPersonalData()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed record Member([PersonalData] string Email, string Plan);

                public sealed class Card
                {
                    [PersonalData] public string Holder { get; set; } = "";
                    public string Brand { get; set; } = "";

                    public void Deconstruct(out string name, out string kind)
                    {
                        name = Holder;
                        kind = Brand;
                    }
                }

                public static class CustomerParts
                {
                    public static void Deconstruct(this Customer customer, out string phone, out string plan)
                    {
                        phone = customer.Phone ?? "";
                        plan = customer.Plan;
                    }
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer, Member member, Card card)
                    {
                        if (member is (var email, var plan))
                        {
                            logger.LogInformation("{Email} {Plan}", {|#0:email|}, plan);
                        }

                        if ((customer.Phone, customer.Plan) is (string phone, var tier))
                        {
                            logger.LogInformation("{Phone} {Tier}", {|#1:phone|}, tier);
                        }

                        string label = card switch
                        {
                            (var holder, "visa") => holder,
                            (_, var brand) => brand,
                        };
                        logger.LogInformation("{Label}", {|#2:label|});
                        if (card is (_, var kind))
                        {
                            logger.LogInformation("{Kind}", kind);
                        }

                        if (customer is (var number, var level))
                        {
                            logger.LogInformation("{Number} {Level}", {|#3:number|}, level);
                        }
                    }
                }
                """ + Customers.Marked;
            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("email", "ILogger.LogInformation", " (from 'Member.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("phone", "ILogger.LogInformation", " (from 'Customer.Phone')"),
                Verify.Diagnostic().WithLocation(2).WithArguments("label", "ILogger.LogInformation", " (from 'holder')"),
                Verify.Diagnostic().WithLocation(3).WithArguments("number", "ILogger.LogInformation", " (from 'CustomerParts.Deconstruct(out phone)')"));
        }

        [Fact]
        public async Task RedactedBeforeCollection_NoDiagnostic()
        {
            string body = """
                    var emails = customers.Select(c => Redact.Pseudonymize(c.Email)).ToList();
                    var text = new StringBuilder().Append(Redact.Erase(customer.Email));
                    logger.LogInformation("{Emails} {Text}", emails, text.ToString());
            """;
            await Verify.VerifyAnalyzerAsync(InService(body));
        }
    }
}
