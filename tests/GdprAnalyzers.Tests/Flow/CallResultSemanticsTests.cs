using System.Threading.Tasks;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// docs/flow-engine.md, "Calls": when a call's result is personal data. Scalars stay exempt through
    /// <c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c> and <c>await</c>; a call on an object that merely carries personal
    /// data somewhere in its graph (a DbContext, a service, an entity) does not make its result personal data.
    /// </summary>
    public sealed class CallResultSemanticsTests
    {
        private const string Shop = """
            using System.Threading.Tasks;
            using GdprAnalyzers.Annotations;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            public sealed class Customer
            {
                public int Id { get; set; }
                [PersonalData] public string Email { get; set; } = "";
                public string Plan { get; set; } = "";
            }

            public sealed class ShopContext : DbContext
            {
                public DbSet<Customer> Customers => Set<Customer>();
            }

            public interface ICustomerDirectory
            {
                Customer Current { get; }
                string Normalize(string text);
                Task<bool> ExistsAsync(string email);
                ValueTask<int> CountAsync(string email);
                Task<string> DescribeAsync(string email);
                Task<Customer> FindAsync(int id);
            }

            public enum Tier { Free, Paid }
            """;

        [Fact]
        public async Task Await_CountFlagOrEnum_NotReported()
        {
            string code = Shop + """

                public sealed class Service
                {
                    public async Task Run(ILogger logger, ShopContext db, ICustomerDirectory directory, Customer customer)
                    {
                        logger.LogInformation("Saved {Count}", await db.SaveChangesAsync());
                        logger.LogInformation("Saved {Count}", db.SaveChanges());
                        logger.LogInformation("Known {Known}", await directory.ExistsAsync(customer.Email));
                        logger.LogInformation("Count {Count}", await directory.CountAsync(customer.Email));
                        bool known = await directory.ExistsAsync(customer.Email);
                        logger.LogInformation("Known {Known}", known);
                        logger.LogInformation("Tier {Tier}", await Task.FromResult(customer.Email.Length > 3 ? Tier.Paid : Tier.Free));
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(code);
        }

        [Fact]
        public async Task Await_TextOrObject_StillReported()
        {
            string code = Shop + """

                public sealed class Service
                {
                    public async Task Run(ILogger logger, ICustomerDirectory directory, Customer customer)
                    {
                        logger.LogInformation("About {About}", {|#0:await directory.DescribeAsync(customer.Email)|});
                        logger.LogInformation("Found {@Customer}", {|#1:await directory.FindAsync(1)|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("ICustomerDirectory.DescribeAsync()", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("FindAsync()", "ILogger.LogInformation", " (it carries 'Customer.Email')"));
        }

        [Fact]
        public async Task CallOnObjectThatCarriesPersonalData_ResultNotReported()
        {
            string code = Shop + """

                public sealed class Service
                {
                    public void Run(ILogger logger, ShopContext db, ICustomerDirectory directory, Customer customer)
                    {
                        logger.LogInformation("Name {Name}", directory.Normalize("ada"));
                        logger.LogInformation("Context {Context}", db.ContextId.ToString());
                        logger.LogInformation("Plan {Plan}", customer.Plan.ToUpperInvariant());
                        logger.LogInformation("Hash {Hash}", customer.GetHashCode());
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(code);
        }

        [Fact]
        public async Task CallOnPersonalData_Reported()
        {
            string code = Shop + """

                public sealed class Service
                {
                    public void Run(ILogger logger, ICustomerDirectory directory, Customer customer)
                    {
                        logger.LogInformation("Mail {Mail}", {|#0:customer.Email.Trim()|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        /// <summary>Identity's <c>UserManager</c> validates the user on every update, and the errors of that validation
        /// quote the user's name or e-mail address (<c>DuplicateEmail</c>): the <c>IdentityResult</c> is personal data.
        /// <c>DeleteAsync</c> does not validate.</summary>
        [Fact]
        public async Task IdentityResultOfAnUpdate_QuotesTheUser_DeleteDoesNot()
        {
            string code = """
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public static class IdentityResultExtensions
                {
                    public static async Task Throw(this Task<IdentityResult> task, ILogger log)
                    {
                        IdentityResult result = await task;
                        foreach (IdentityError error in result.Errors)
                        {
                            log.LogError("{Code}: {Description}", error.Code, error.Description);
                        }
                    }
                }

                public sealed class Accounts
                {
                    public async Task Run(UserManager<IdentityUser> users, ILogger logger, string id, string email)
                    {
                        IdentityUser user = (await users.FindByIdAsync(id))!;
                        await {|#0:users.SetEmailAsync(user, email)|}.Throw(logger);
                        await {|#1:users.RemovePasswordAsync(user)|}.Throw(logger);
                        await users.DeleteAsync(user).Throw(logger);
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("UserManager.SetEmailAsync()", "IdentityResultExtensions.Throw → ILogger.LogError", " (from 'user')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("UserManager.RemovePasswordAsync()", "IdentityResultExtensions.Throw → ILogger.LogError", " (from 'user')"));
        }
    }
}
