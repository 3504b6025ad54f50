using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using BasisVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.LawfulBasisCodeFixProvider>;
using PurposeVerify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.ProcessingPurposeCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR002/GDPR003 cases found while documenting the rules: each once reported wrongly or fixed uselessly.</summary>
    public sealed class PersonalDataStoredRegressionTests
    {
        [Fact]
        public async Task EfAddRange_EntitiesReportedAtDeclaration_NotAgainAtCall()
        {
            string source = """
                using System.Collections.Generic;
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [ProcessingPurpose("Answer support requests")]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();

                    public void Import(Customer a, Customer b, List<Customer> list)
                    {
                        AddRange(a, b);
                        AddRange(list);
                        Customers.AddRange(list);
                    }
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(
                source,
                BasisVerify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers"));
        }

        [Fact]
        public async Task NotMappedAndComputedMembers_NotStored()
        {
            string source = """
                using System.ComponentModel.DataAnnotations.Schema;
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class ChatSession
                {
                    [PersonalData] public string ClientIp { get; set; } = "";
                }

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string Email { get; set; } = "";
                    [NotMapped, PersonalData] public string Nickname { get; set; } = "";
                    [PersonalData] public string Display => Nickname;
                    [NotMapped] public ChatSession? Session { get; set; }
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task EntityInSeveralContexts_EachStoreNeedsTheDeclaration()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|#0:Email|} { get; set; } = "";
                }

                [ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class ADb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }

                public sealed class BDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(
                source,
                BasisVerify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Customer.Email", "BDb.Customers"),
                BasisVerify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Customer.Email", "BDb.Customers"));
        }

        [Fact]
        public async Task IdentityUserThroughIntermediateBase_ReportedOnTheEntityOnly()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

                public abstract class UserBase : IdentityUser
                {
                }

                [ProcessingPurpose("Run customer accounts")]
                public sealed class {|#0:ShopUser|} : UserBase
                {
                }

                public sealed class AppDb : IdentityDbContext<ShopUser>
                {
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(
                source,
                BasisVerify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0)
                    .WithArguments("IdentityUser.Id, IdentityUser.UserName, IdentityUser.Email, IdentityUser.EmailConfirmed and 3 more (inherited by ShopUser)", "AppDb.Users"));
        }

        [Fact]
        public async Task DeclarationOnWholePersonalDataTypeOfParameter_Counts()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                [PersonalData, ProcessingPurpose("Answer support requests"), LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public string Email { get; set; } = "";
                }

                public static class Transcript
                {
                    public static void Save(Customer customer) => File.WriteAllText("c.txt", customer.Email);
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task DapperDeleteAndSelectFromLookAlikeTable_NotStoring()
        {
            string source = """
                using System.Data;
                using Dapper;

                public sealed class Customer
                {
                    [GdprAnalyzers.Annotations.PersonalData] public string Email { get; set; } = "";
                }

                public sealed class Repository
                {
                    public void Forget(IDbConnection db, Customer customer)
                    {
                        db.Execute("DELETE FROM Customers WHERE Email = @Email", new { customer.Email });
                        db.Query<int>("SELECT Id FROM UpdatesLog WHERE Email = @Email", new { customer.Email });
                    }
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task LogExclusions_DoNotHideDataFromStorage()
        {
            // Destructurama.Attributed is not served here: this stand-in has its metadata name.
            string source = """
                using GdprAnalyzers.Annotations;
                using MongoDB.Driver;

                namespace Destructurama.Attributed
                {
                    [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class NotLoggedAttribute : System.Attribute { }
                }

                public sealed class Account
                {
                    [PersonalData, Destructurama.Attributed.NotLogged] public string Iban { get; set; } = "";
                }

                public sealed class Accounts
                {
                    [ProcessingPurpose("Pay out refunds")]
                    public void Save(IMongoCollection<Account> accounts, Account account) => accounts.InsertOne({|#0:account|});
                }
                """;

            await BasisVerify.VerifyAnalyzerAsync(
                source,
                BasisVerify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("account", "IMongoCollection.InsertOne"));
        }

        [Fact]
        public async Task PlaceholderOnMember_FixOnTypeNotOffered_BecauseTheMemberDecides()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [LawfulBasis(LawfulBasis.Contract)]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData, ProcessingPurpose("TODO")] public string {|GDPR002:Phone|} { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """;

            // No action at the type (farther than the member's placeholder) and none at the member (it has the attribute):
            // the fixed state equals the original.
            var test = new PurposeVerify.Test { TestCode = source, FixedCode = source };
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_MemberAlreadyHasLawfulBasis_NotAddedTwice()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [ProcessingPurpose("Answer support requests")]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData] public string {|GDPR003:Phone|} { get; set; } = "";
                    [PersonalData, LawfulBasis((LawfulBasis)0)] public string {|GDPR003:Email|} { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.EntityFrameworkCore;

                [ProcessingPurpose("Answer support requests")]
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [LawfulBasis(LawfulBasis.Contract)]
                    [PersonalData] public string Phone { get; set; } = "";
                    [PersonalData, LawfulBasis((LawfulBasis)0)] public string {|#0:Email|} { get; set; } = "";
                }

                public sealed class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers => Set<Customer>();
                }
                """;

            var test = new BasisVerify.Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = LawfulBasisCodeFixProvider.EquivalenceKey(PersonalDataStoredAnalyzer.PlaceMember, "Contract"),
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };

            // The undefined basis on Email stays reported: a person corrects it; a second [LawfulBasis] would not compile.
            test.FixedState.ExpectedDiagnostics.Add(
                BasisVerify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(0).WithArguments("Customer.Email", "ShopDb.Customers"));
            await test.RunAsync();
        }
    }
}
