using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.ExceptionMessageAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR009's fix, GDPR001's: personal data pseudonymised first, a credential only erased, alone and under Fix
    /// All (document, project, solution).</summary>
    public sealed class ExceptionMessageFixTests
    {
        private const string Source = """
            using System;

            public sealed class Accounts
            {
                public void Close(Customer customer, string password, Exception inner)
                {
                    if (customer.Visits > 3)
                    {
                        throw new UnauthorizedAccessException("Refused " + {|GDPR009:password|});
                    }

                    var failure = new InvalidOperationException($"No account {{|GDPR009:customer.Email|}} ({{|GDPR009:customer.CustomerNumber|}})", inner);
                    failure.Data["phone"] = {|GDPR009:customer.Phone|};
                    throw failure;
                }
            }
            """ + Customers.Marked;

        /// <summary>Pseudonymise, the first action (what <c>dotnet format</c> applies), is not offered for the credential:
        /// one fix at a time leaves it reported, Fix All erases it.</summary>
        [Fact]
        public async Task Pseudonymize_FirstAction_PersonalDataPseudonymised_CredentialErasedByFixAllOnly()
        {
            string fixedSource = """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed class Accounts
                {
                    public void Close(Customer customer, string password, Exception inner)
                    {
                        if (customer.Visits > 3)
                        {
                            throw new UnauthorizedAccessException("Refused " + {|#0:password|});
                        }

                        var failure = new InvalidOperationException($"No account {Redact.Pseudonymize(customer.Email)} ({Redact.Pseudonymize(customer.CustomerNumber.ToString())})", inner);
                        failure.Data["phone"] = Redact.Pseudonymize(customer.Phone);
                        throw failure;
                    }
                }
                """ + Customers.Marked;

            var test = new Verify.Test
            {
                TestCode = Source,
                FixedCode = fixedSource,
                BatchFixedCode = fixedSource.Replace("{|#0:password|}", "Redact.Erase(password)"),
                CodeActionEquivalenceKey = PersonalDataLoggedCodeFixProvider.PseudonymizeKey,
            };
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("password", "a credential", "", "the message of 'UnauthorizedAccessException'"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Erase_EveryValueErased()
        {
            string fixedSource = """
                using System;
                using GdprAnalyzers.Annotations;

                public sealed class Accounts
                {
                    public void Close(Customer customer, string password, Exception inner)
                    {
                        if (customer.Visits > 3)
                        {
                            throw new UnauthorizedAccessException("Refused " + Redact.Erase(password));
                        }

                        var failure = new InvalidOperationException($"No account {Redact.Erase(customer.Email)} ({Redact.Erase(customer.CustomerNumber)})", inner);
                        failure.Data["phone"] = Redact.Erase(customer.Phone);
                        throw failure;
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyCodeFixAsync(Source, fixedSource, PersonalDataLoggedCodeFixProvider.EraseKey);
        }
    }
}
