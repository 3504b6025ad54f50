using System.Threading.Tasks;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.LawfulBasisCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR002 and GDPR003 at stores other than EF Core entities: reported at the stored value.</summary>
    public sealed class PersonalDataStoredSinkTests
    {
        private const string Customer = """

            public sealed class Customer
            {
                [GdprAnalyzers.Annotations.PersonalData] public string Email { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """;

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult[] Both(int location, string name, string store) => new[]
        {
            Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(location).WithArguments(name, store),
            Verify.Diagnostic(RuleIds.StoredWithoutLawfulBasis).WithLocation(location).WithArguments(name, store),
        };

        [Fact]
        public async Task Dapper_InsertWithPersonalData_ReportsSelectDoesNot()
        {
            string source = """
                using System.Data;
                using Dapper;

                public sealed class Repository
                {
                    public void Save(IDbConnection db, Customer customer)
                    {
                        db.Execute("INSERT INTO Customers (Email) VALUES (@Email)", {|#0:new { customer.Email }|});
                        db.Query<int>("UPDATE Customers SET Email = @Email OUTPUT 1", {|#1:customer|});
                        db.Query<int>("SELECT 1 FROM Customers WHERE Email = @Email", new { customer.Email });
                    }
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(
                source,
                [.. Both(0, "anonymous object", "IDbConnection.Execute"), .. Both(1, "customer", "IDbConnection.Query")]);
        }

        [Fact]
        public async Task AdoNet_AddWithValueAndParameterValue_Report()
        {
            string source = """
                using Microsoft.Data.Sqlite;

                public sealed class Repository
                {
                    public void Save(SqliteCommand command, Customer customer)
                    {
                        command.Parameters.AddWithValue("@email", {|#0:customer.Email|});
                        var parameter = command.CreateParameter();
                        parameter.Value = {|#1:customer.Email|};
                        command.Parameters.AddWithValue("@plan", customer.Plan);
                    }
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(
                source,
                [.. Both(0, "Customer.Email", "SqliteParameterCollection.AddWithValue"), .. Both(1, "Customer.Email", "DbParameter.Value")]);
        }

        [Fact]
        public async Task FilesAndStreamWriter_Report()
        {
            string source = """
                using System.IO;

                public sealed class Transcript
                {
                    public void Save(Customer customer, StreamWriter writer)
                    {
                        File.AppendAllText("transcript.txt", "Customer: " + {|#0:customer.Email|});
                        writer.WriteLine({|#1:customer.Email|});
                        File.WriteAllText("plan.txt", customer.Plan);
                    }
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(
                source,
                [.. Both(0, "Customer.Email", "File.AppendAllText"), .. Both(1, "Customer.Email", "StreamWriter.WriteLine")]);
        }

        [Fact]
        public async Task DistributedCacheRedisAndMongo_Report()
        {
            string source = """
                using Microsoft.Extensions.Caching.Distributed;
                using MongoDB.Driver;
                using StackExchange.Redis;

                public sealed class Stores
                {
                    public void Save(IDistributedCache cache, IDatabase redis, IMongoCollection<Customer> customers, Customer customer)
                    {
                        cache.SetString("customer:1", {|#0:customer.Email|});
                        redis.StringSet("customer:1", {|#1:customer.Email|});
                        redis.HashSet("customer:1", "email", {|#2:customer.Email|});
                        customers.InsertOne({|#3:customer|});
                        redis.StringSet("plan:1", customer.Plan);
                    }
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(
                source,
                [
                    .. Both(0, "Customer.Email", "IDistributedCache.SetString"),
                    .. Both(1, "Customer.Email", "IDatabase.StringSet"),
                    .. Both(2, "Customer.Email", "IDatabase.HashSet"),
                    .. Both(3, "customer", "IMongoCollection.InsertOne"),
                ]);
        }

        [Fact]
        public async Task SessionAndCookies_Report()
        {
            var test = new Verify.Test
            {
                ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore,
                TestCode = """
                    using Microsoft.AspNetCore.Http;

                    public sealed class Endpoint
                    {
                        public void Handle(HttpContext http, Customer customer)
                        {
                            http.Session.SetString("email", {|#0:customer.Email|});
                            http.Response.Cookies.Append("email", {|#1:customer.Email|});
                            http.Response.Cookies.Append("plan", customer.Plan);
                        }
                    }
                    """ + Customer,
            };
            test.ExpectedDiagnostics.AddRange([.. Both(0, "Customer.Email", "ISession.SetString"), .. Both(1, "Customer.Email", "IResponseCookies.Append")]);
            await test.RunAsync();
        }

        [Fact]
        public async Task DeclarationOnStoringMethodOrItsType_Counts()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                [LawfulBasis(LawfulBasis.LegitimateInterests)]
                public sealed class Transcript
                {
                    [ProcessingPurpose("Keep the support transcript for quality review")]
                    public void Save(Customer customer) => File.AppendAllText("transcript.txt", customer.Email);

                    public void SaveUndeclared(Customer customer) => File.AppendAllText("transcript.txt", {|#0:customer.Email|});
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.StoredWithoutPurpose).WithLocation(0).WithArguments("Customer.Email", "File.AppendAllText"));
        }

        [Fact]
        public async Task RedactedValue_NotPersonalData_NoDiagnostic()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                public sealed class Transcript
                {
                    public void Save(Customer customer) => File.AppendAllText("transcript.txt", Redact.Pseudonymize(customer.Email));
                }
                """ + Customer;

            await Verify.VerifyAnalyzerAsync(source);
        }
    }
}
