using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR001's code fix: "Pseudonymise" and "Erase", alone and under Fix All (document, project, solution).</summary>
    public sealed class PersonalDataLoggedFixTests
    {
        [Fact]
        public async Task Erase_WrapsValueAndAddsUsing()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Hello {Email}", {|GDPR001:customer.Email|});
                    }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Hello {Email}", Redact.Erase(customer.Email));
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.EraseKey);
        }

        /// <summary>A value that is personal data and also a credential (GDPR001 and GDPR006 on one expression): only Erase
        /// is offered for it (the Pseudonymise action leaves it reported), and Fix All with Pseudonymise (what
        /// <c>dotnet format</c> applies) erases it; a keyed hash of a secret still identifies it.</summary>
        /// <summary>A sequence is written element by element by the logging libraries and its ToString() is its type's
        /// name: each element is pseudonymised, never the type's name (found by Fix All over real code).</summary>
        [Fact]
        public async Task Pseudonymize_Sequence_EachElementPseudonymised()
        {
            string source = """
                using System.Collections.Generic;
                using System.Linq;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, List<Customer> customers, List<string>? cc)
                    {
                        List<string> emails = customers.Select(c => c.Email).ToList();
                        logger.LogInformation("Recipients {Recipients}", {|GDPR001:emails|});
                        logger.LogInformation("Contacts {Contacts}", {|GDPR001:customers.Select(c => new { c.Id, c.Email })|});
                    }
                }
                """;
            string fixedSource = """
                using System.Collections.Generic;
                using System.Linq;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, List<Customer> customers, List<string>? cc)
                    {
                        List<string> emails = customers.Select(c => c.Email).ToList();
                        logger.LogInformation("Recipients {Recipients}", Enumerable.Select(emails, element => Redact.Pseudonymize(element)));
                        logger.LogInformation("Contacts {Contacts}", Enumerable.Select(customers.Select(c => new { c.Id, c.Email }), element => Redact.Pseudonymize(element?.ToString())));
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }

        [Fact]
        public async Task Pseudonymize_ValueThatIsAlsoACredential_ErasedInstead()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed record Account([property: PersonalData] string Email, [property: PersonalData] string Password);

                public sealed class Service
                {
                    public void Run(ILogger logger, Account account)
                    {
                        logger.LogInformation("Login {Email} {Password}", {|GDPR001:account.Email|}, {|GDPR001:account.Password|});
                    }
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed record Account([property: PersonalData] string Email, [property: PersonalData] string Password);

                public sealed class Service
                {
                    public void Run(ILogger logger, Account account)
                    {
                        logger.LogInformation("Login {Email} {Password}", Redact.Pseudonymize(account.Email), {|#0:account.Password|});
                    }
                }
                """;
            string batchFixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed record Account([property: PersonalData] string Email, [property: PersonalData] string Password);

                public sealed class Service
                {
                    public void Run(ILogger logger, Account account)
                    {
                        logger.LogInformation("Login {Email} {Password}", Redact.Pseudonymize(account.Email), Redact.Erase(account.Password));
                    }
                }
                """;

            var test = new Verify.Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                BatchFixedCode = batchFixedSource,
                CodeActionEquivalenceKey = PersonalDataLoggedCodeFixProvider.PseudonymizeKey,
            };
            test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Account.Password", "ILogger.LogInformation", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task Pseudonymize_NonStringValues_ConvertedFirst()
        {
            string source = """
                using Serilog;

                public sealed class Service
                {
                    public void Run(Customer customer, Customer? other)
                    {
                        Log.Information("Number {Number}", {|GDPR001:customer.CustomerNumber|});
                        Log.Information("Customer {@Customer}", {|GDPR001:customer|});
                        Log.Information("Other {@Customer}", {|GDPR001:other|});
                        Log.Information("Phone {Phone}", {|GDPR001:other?.Phone|});
                    }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Serilog;

                public sealed class Service
                {
                    public void Run(Customer customer, Customer? other)
                    {
                        Log.Information("Number {Number}", Redact.Pseudonymize(customer.CustomerNumber.ToString()));
                        Log.Information("Customer {@Customer}", Redact.Pseudonymize(customer.ToString()));
                        Log.Information("Other {@Customer}", Redact.Pseudonymize(other?.ToString()));
                        Log.Information("Phone {Phone}", Redact.Pseudonymize(other?.Phone));
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }

        [Fact]
        public async Task Pseudonymize_InsideInterpolationAndConcatenation_WrapsOnlyThePersonalData()
        {
            string source = """
                using System;

                public sealed class Service
                {
                    public void Run(Customer customer)
                    {
                        Console.WriteLine($"Customer {{|GDPR001:customer.Email|}} on {customer.Plan}");
                        System.IO.TextWriter.Null.WriteLine("not a modelled sink " + customer.Email);
                        Console.WriteLine("Number " + {|GDPR001:customer.CustomerNumber|});
                    }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed class Service
                {
                    public void Run(Customer customer)
                    {
                        Console.WriteLine($"Customer {Redact.Pseudonymize(customer.Email)} on {customer.Plan}");
                        System.IO.TextWriter.Null.WriteLine("not a modelled sink " + customer.Email);
                        Console.WriteLine("Number " + Redact.Pseudonymize(customer.CustomerNumber.ToString()));
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }

        [Fact]
        public async Task Fix_FileImportsIdentityToo_CompilesWithoutAmbiguity()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, IdentityUser user)
                    {
                        logger.LogInformation("Login {UserName}", {|GDPR001:user.UserName|});
                    }
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, IdentityUser user)
                    {
                        logger.LogInformation("Login {UserName}", Redact.Pseudonymize(user.UserName));
                    }
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }

        [Fact]
        public async Task Fix_FileUsesIdentityPersonalData_QualifiesRedactInsteadOfImporting()
        {
            string source = """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class ShopUser : IdentityUser
                {
                    [PersonalData] public string? Nickname { get; set; }
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, ShopUser user) => logger.LogInformation("{Nickname}", {|GDPR001:user.Nickname|});
                }
                """;
            string fixedSource = """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public sealed class ShopUser : IdentityUser
                {
                    [PersonalData] public string? Nickname { get; set; }
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, ShopUser user) => logger.LogInformation("{Nickname}", GdprAnalyzers.Annotations.Redact.Pseudonymize(user.Nickname));
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.PseudonymizeKey);
        }

        [Fact]
        public async Task FixAll_SeveralDocuments_EachGetsOneUsing()
        {
            var test = new Verify.Test { CodeActionEquivalenceKey = PersonalDataLoggedCodeFixProvider.PseudonymizeKey };
            test.TestState.Sources.Add(("A.cs", """
                using Microsoft.Extensions.Logging;

                public sealed class A
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", {|GDPR001:customer.Email|});
                        logger.LogWarning("{Phone}", {|GDPR001:customer.Phone|});
                    }
                }
                """));
            test.TestState.Sources.Add(("B.cs", """
                using System;

                public sealed class B
                {
                    public void Run(Customer customer) => Console.WriteLine({|GDPR001:customer.Email|});
                }
                """ + Customers.Marked));
            test.FixedState.Sources.Add(("A.cs", """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class A
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", Redact.Pseudonymize(customer.Email));
                        logger.LogWarning("{Phone}", Redact.Pseudonymize(customer.Phone));
                    }
                }
                """));
            test.FixedState.Sources.Add(("B.cs", """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed class B
                {
                    public void Run(Customer customer) => Console.WriteLine(Redact.Pseudonymize(customer.Email));
                }
                """ + Customers.Marked));
            await test.RunAsync();
        }

        [Fact]
        public async Task LoggerMessageTypedParameter_NoFixOffered()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public static partial class Log
                {
                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Customer {@Customer}")]
                    public static partial void Seen(ILogger logger, Customer customer);
                }

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer) => Log.Seen(logger, {|GDPR001:customer|});
                }
                """ + Customers.Marked;
            string generated = """
                // <auto-generated/>
                #nullable enable
                public static partial class Log
                {
                    public static partial void Seen(global::Microsoft.Extensions.Logging.ILogger logger, global::Customer customer) { }
                }
                """;

            // The fixed state equals the original: the test fails if any code action is offered that changes the code.
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Service.cs", source));
            test.TestState.Sources.Add(("Log.g.cs", generated));
            test.FixedState.Sources.Add(("Service.cs", source));
            test.FixedState.Sources.Add(("Log.g.cs", generated));
            await test.RunAsync();
        }
    }
}
