using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataStoredAnalyzer,
    GdprAnalyzers.CodeFixes.LawfulBasisCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR002 and GDPR003 at stores other than EF Core entities: reported at the stored value.</summary>
    public sealed class PersonalDataStoredSinkTests
    {
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
                """ + Customers.MarkedEmail;

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
                """ + Customers.MarkedEmail;

            await Verify.VerifyAnalyzerAsync(
                source,
                [.. Both(0, "Customer.Email", "SqliteParameterCollection.AddWithValue"), .. Both(1, "Customer.Email", "DbParameter.Value")]);
        }

        [Fact]
        public async Task Dapper_ParameterThatOnlySelectsRows_NotStored()
        {
            // A WHERE argument selects the rows a statement changes; it is not what the statement stores. Of an anonymous
            // object, only the members the SQL stores are followed; a whole object counts when one of its personal data
            // properties is stored; a stored procedure named as a read stores nothing.
            string source = """
                using System;
                using System.Data;
                using Dapper;

                public sealed class Repository
                {
                    public void Touch(IDbConnection db, Customer customer)
                    {
                        db.Execute("UPDATE Customers SET LastSeen = @Now WHERE Email = @Email", new { Now = DateTime.UtcNow, customer.Email });
                        db.Execute("UPDATE Customers SET Plan = @Plan WHERE Email = @Email", customer);
                        db.Execute("DELETE FROM Customers WHERE Email = @Email", new { customer.Email });
                        db.Query<int>("usp_GetCustomerId", new { customer.Email }, commandType: CommandType.StoredProcedure);
                    }

                    public void Change(IDbConnection db, Customer customer, string plan)
                    {
                        db.Execute("UPDATE Customers SET Email = @Email WHERE Plan = @Plan", new { {|#0:customer.Email|}, Plan = plan });
                        db.Execute("UPDATE Customers SET Email = @Email WHERE Plan = @Plan", {|#1:customer|});
                        db.Execute("usp_SaveCustomer", {|#2:new { customer.Email }|}, commandType: CommandType.StoredProcedure);
                    }
                }
                """ + Customers.MarkedEmail;

            await Verify.VerifyAnalyzerAsync(
                source,
                [.. Both(0, "Customer.Email", "IDbConnection.Execute"), .. Both(1, "customer", "IDbConnection.Execute"), .. Both(2, "anonymous object", "IDbConnection.Execute")]);
        }

        [Fact]
        public async Task AdoNet_ParameterThatOnlySelectsRows_NotStored()
        {
            // The command's SQL, set in the same method, decides: a SELECT, a WHERE argument or a procedure named as a
            // read stores nothing; where the method does not set the SQL, every parameter counts as stored.
            string source = """
                using System.Data;
                using Microsoft.Data.Sqlite;

                public sealed class Repository
                {
                    public object? Find(SqliteConnection connection, Customer customer)
                    {
                        using var command = connection.CreateCommand();
                        command.CommandText = "SELECT Id FROM Customers WHERE Email = @email";
                        command.Parameters.AddWithValue("@email", customer.Email);
                        var phone = command.CreateParameter();
                        phone.ParameterName = "@phone";
                        phone.Value = customer.Email;
                        return command.ExecuteScalar();
                    }

                    public void Touch(SqliteConnection connection, Customer customer)
                    {
                        using var command = new SqliteCommand("UPDATE Customers SET Plan = @plan WHERE Email = @email", connection);
                        command.Parameters.AddWithValue("@plan", customer.Plan);
                        command.Parameters.Add("@email", SqliteType.Text).Value = customer.Email;
                        command.Parameters.Add(new SqliteParameter { ParameterName = "@email", Value = customer.Email });
                        command.ExecuteNonQuery();
                    }

                    public void Lookup(SqliteConnection connection, Customer customer)
                    {
                        using var command = connection.CreateCommand();
                        command.CommandType = CommandType.StoredProcedure;
                        command.CommandText = "GetCustomerByEmail";
                        command.Parameters.AddWithValue("@email", customer.Email);
                    }

                    public void Change(SqliteConnection connection, Customer customer)
                    {
                        using var command = new SqliteCommand("UPDATE Customers SET Email = @email WHERE Plan = @plan", connection);
                        command.Parameters.AddWithValue("@email", {|#0:customer.Email|});
                        command.Parameters.Add("@plan", SqliteType.Text).Value = customer.Plan;
                        var address = new SqliteParameter("@email", SqliteType.Text);
                        address.Value = {|#1:customer.Email|};
                    }
                }
                """ + Customers.MarkedEmail;

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
                """ + Customers.MarkedEmail;

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
                """ + Customers.MarkedEmail;

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
                    """ + Customers.MarkedEmail,
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
                """ + Customers.MarkedEmail;

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
                """ + Customers.MarkedEmail;

            await Verify.VerifyAnalyzerAsync(source);
        }
    }
}
