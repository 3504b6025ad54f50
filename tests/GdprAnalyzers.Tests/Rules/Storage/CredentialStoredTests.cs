using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialStoredAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR012: a credential stored in clear; passwords clean only after a password hasher, keys and tokens after
    /// a hasher, encryption or data protection.</summary>
    public sealed class CredentialStoredTests
    {
        private const string NoHasher = "without a password hasher";
        private const string NoProtection = "without hashing or encryption";

        /// <summary>An EF Core context with an entity that has credential-named members.</summary>
        private const string Accounts = """

            public sealed class Account
            {
                public int Id { get; set; }
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
                public string PasswordHash { get; set; } = "";
                public string ApiKey { get; set; } = "";
            }

            public sealed class ShopContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Account> Accounts => Set<Account>();
            }
            """;

        private static DiagnosticResult Stored(int location, string name, string store, string how, string suffix = "") =>
            Verify.Diagnostic().WithLocation(location).WithArguments(name, store, suffix, how);

        private static Task RunAsync(string source, params DiagnosticResult[] expected) => RunAsync(source, null, expected);

        private static Task RunAsync(string source, string? editorConfigLine, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            if (editorConfigLine != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig(editorConfigLine)));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task EntityMember_RawPasswordAssigned_ReportedAtTheValue()
        {
            await RunAsync(
                """
                public sealed class Registration
                {
                    public void Register(ShopContext db, string userName, string password)
                    {
                        var account = new Account { UserName = userName, Password = {|#0:password|} };
                        account.PasswordHash = {|#1:password|};
                        db.Accounts.Add(account);
                    }
                }
                """ + Accounts,
                Stored(0, "password", "ShopContext.Accounts", NoHasher),
                Stored(1, "password", "ShopContext.Accounts", NoHasher));
        }

        [Fact]
        public async Task EntityMember_PasswordHashedByIdentity_NoDiagnostic()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.Identity;

                public sealed class Registration
                {
                    public void Register(ShopContext db, IPasswordHasher<Account> hasher, string userName, string password)
                    {
                        var account = new Account { UserName = userName };
                        account.PasswordHash = hasher.HashPassword(account, password);
                        var hash = new PasswordHasher<Account>().HashPassword(account, password);
                        account.Password = hash;
                        db.Accounts.Add(account);
                    }
                }
                """ + Accounts);
        }

        [Fact]
        public async Task EntityDeclaration_CredentialNamedMembers_NotReportedByThemselves()
        {
            // The declaration says nothing of what is put into Password: only an assignment of a raw credential is.
            await RunAsync(
                """
                public sealed class Reader
                {
                    public string Copy(Account account) => account.PasswordHash;
                }
                """ + Accounts);
        }

        [Fact]
        public async Task HashNamedMember_ReadAndStored_NoDiagnostic_RawTwinReported()
        {
            // A value read from a member named as a hash is not a credential in clear; the raw key beside it is.
            await RunAsync(
                """
                public sealed class Export
                {
                    public void Write(Account account)
                    {
                        System.IO.File.WriteAllText("hash.txt", account.PasswordHash);
                        System.IO.File.WriteAllText("key.txt", {|#0:account.ApiKey|});
                    }
                }
                """ + Accounts,
                Stored(0, "Account.ApiKey", "File.WriteAllText", NoProtection));
        }

        [Fact]
        public async Task EntityMember_KeyProtectedOrHashed_NoDiagnostic_RawKeyReported()
        {
            await RunAsync(
                """
                using System.Security.Cryptography;
                using System.Text;
                using Microsoft.AspNetCore.DataProtection;

                public sealed class Keys
                {
                    public void Issue(Account account, IDataProtector protector, string apiKey)
                    {
                        account.ApiKey = protector.Protect(apiKey);
                        account.ApiKey = System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
                        account.ApiKey = {|#0:apiKey|};
                    }
                }
                """ + Accounts,
                Stored(0, "apiKey", "ShopContext.Accounts", NoProtection));
        }

        [Fact]
        public async Task Password_ProtectedOrFastHashed_StillReported()
        {
            // Encrypted, a password can be read back by whoever holds the key; hashed fast, it can be guessed.
            await RunAsync(
                """
                using System.Security.Cryptography;
                using System.Text;
                using Microsoft.AspNetCore.DataProtection;

                public sealed class Registration
                {
                    public void Register(Account account, IDataProtector protector, string password)
                    {
                        account.PasswordHash = {|#0:protector.Protect(password)|};
                        account.PasswordHash = {|#1:System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)))|};
                    }
                }
                """ + Accounts,
                Stored(0, "DataProtectionCommonExtensions.Protect()", "ShopContext.Accounts", NoHasher, " (from 'password')"),
                Stored(1, "Convert.ToHexString()", "ShopContext.Accounts", NoHasher, " (from 'SHA256.HashData()')"));
        }

        [Fact]
        public async Task Password_Pbkdf2BcryptArgon2_NoDiagnostic()
        {
            await RunAsync(
                """
                using System.Security.Cryptography;
                using System.Text;
                using Microsoft.AspNetCore.Cryptography.KeyDerivation;

                public sealed class Registration
                {
                    public void Register(Account account, string password, byte[] salt)
                    {
                        account.PasswordHash = System.Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32));
                        account.PasswordHash = System.Convert.ToBase64String(KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, 600_000, 32));
                        account.PasswordHash = BCrypt.Net.BCrypt.HashPassword(password);
                        var argon = new Konscious.Security.Cryptography.Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, Iterations = 4, MemorySize = 65536, DegreeOfParallelism = 1 };
                        account.PasswordHash = System.Convert.ToBase64String(argon.GetBytes(32));
                    }
                }
                """ + Accounts);
        }

        [Fact]
        public async Task Password_HashingMarkerOnMethodOrClass_NoDiagnostic_UnmarkedHelperReported()
        {
            await RunAsync(
                """
                using GdprAnalyzers.Annotations;

                public static class Passwords
                {
                    [Hashing]
                    public static string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password);

                    public static string Encode(string password) => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(password));
                }

                [Hashing]
                public sealed class Hasher
                {
                    public string Hash(string password) => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(password));
                }

                public sealed class Registration
                {
                    public void Register(Account account, Hasher hasher, string password)
                    {
                        account.PasswordHash = Passwords.Hash(password);
                        account.PasswordHash = hasher.Hash(password);
                        account.PasswordHash = {|#0:Passwords.Encode(password)|};
                    }
                }
                """ + Accounts,
                Stored(0, "Passwords.Encode()", "ShopContext.Accounts", NoHasher, " (from 'Encoding.GetBytes()')"));
        }

        [Fact]
        public async Task Password_HashedIntoALocalNamedPassword_NoDiagnostic()
        {
            // A local is judged by what is assigned to it, not by its name.
            await RunAsync(
                """
                public sealed class Registration
                {
                    public void Register(Account account, string input)
                    {
                        string password = BCrypt.Net.BCrypt.HashPassword(input);
                        account.Password = password;
                    }
                }
                """ + Accounts);
        }

        [Fact]
        public async Task Dapper_InsertOfAPassword_ReportedHashedNot()
        {
            await RunAsync(
                """
                using System.Data;
                using Dapper;

                public sealed class Users
                {
                    public void Add(IDbConnection db, string userName, string password)
                    {
                        db.Execute("INSERT INTO Users (Name, Password) VALUES (@Name, @Password)", {|#0:new { Name = userName, Password = password }|});
                        db.Execute("INSERT INTO Users (Name, Password) VALUES (@Name, @Password)", new { Name = userName, Password = BCrypt.Net.BCrypt.HashPassword(password) });
                        db.Execute("SELECT 1 FROM Users WHERE Password = @Password", new { Password = password });
                    }
                }
                """,
                Stored(0, "anonymous object", "IDbConnection.Execute", NoHasher, " (it carries 'password')"));
        }

        [Fact]
        public async Task AdoNet_ParameterOfAKey_ReportedProtectedNot()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.Data.Sqlite;

                public sealed class Keys
                {
                    public void Save(SqliteCommand command, IDataProtector protector, string clientSecret)
                    {
                        command.CommandText = "INSERT INTO Clients (Secret) VALUES (@secret)";
                        command.Parameters.AddWithValue("@secret", {|#0:clientSecret|});
                        command.Parameters.AddWithValue("@secret", protector.Protect(clientSecret));
                    }
                }
                """,
                Stored(0, "clientSecret", "SqliteParameterCollection.AddWithValue", NoProtection));
        }

        [Fact]
        public async Task FileCacheAndRedis_RawTokenReported_HashedNot()
        {
            await RunAsync(
                """
                using System.IO;
                using System.Security.Cryptography;
                using System.Text;
                using Microsoft.Extensions.Caching.Distributed;
                using StackExchange.Redis;

                public sealed class Tokens
                {
                    public void Keep(IDistributedCache cache, IDatabase redis, string refreshToken)
                    {
                        File.WriteAllText("token.txt", {|#0:refreshToken|});
                        cache.SetString("session", {|#1:refreshToken|});
                        redis.StringSet("session", {|#2:refreshToken|});
                        redis.StringSet("session", System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken))));
                    }
                }
                """,
                Stored(0, "refreshToken", "File.WriteAllText", NoProtection),
                Stored(1, "refreshToken", "IDistributedCache.SetString", NoProtection),
                Stored(2, "refreshToken", "IDatabase.StringSet", NoProtection));
        }

        [Fact]
        public async Task Cookie_PasswordOrKeyReported_TokenNot()
        {
            // A browser holds its session or access token in a cookie; a password or key has no business there.
            await RunAsync(
                """
                using Microsoft.AspNetCore.Http;

                public sealed class Login
                {
                    public void Remember(HttpResponse response, string password, string apiKey, string accessToken)
                    {
                        response.Cookies.Append("pwd", {|#0:password|});
                        response.Cookies.Append("key", {|#1:apiKey|});
                        response.Cookies.Append("access_token", accessToken);
                    }
                }
                """,
                Stored(0, "password", "IResponseCookies.Append", NoHasher),
                Stored(1, "apiKey", "IResponseCookies.Append", NoProtection));
        }

        [Fact]
        public async Task MarkedCredentialMember_Reported_UnmarkedTwinNot()
        {
            await RunAsync(
                """
                using GdprAnalyzers.Annotations;

                public sealed class Device
                {
                    [PersonalData(PersonalDataCategory.Credential)] public string Pin { get; set; } = "";
                    public string Label { get; set; } = "";
                }

                public sealed class Store
                {
                    public void Keep(Device device)
                    {
                        System.IO.File.WriteAllText("pin.txt", {|#0:device.Pin|});
                        System.IO.File.WriteAllText("label.txt", device.Label);
                    }
                }
                """,
                Stored(0, "Device.Pin", "File.WriteAllText", NoProtection));
        }

        [Fact]
        public async Task AuthorizationHeader_StoredReported_UnlessFrameworkSourcesOff()
        {
            const string Source = """
                using Microsoft.AspNetCore.Http;
                using Microsoft.Extensions.Caching.Distributed;

                public sealed class Audit
                {
                    public void Keep(HttpRequest request, IDistributedCache cache)
                    {
                        cache.SetString("last", {|#0:request.Headers["Authorization"].ToString()|});
                    }
                }
                """;
            await RunAsync(Source, Stored(0, "header Authorization", "IDistributedCache.SetString", NoProtection));
            await RunAsync(Source.Replace("{|#0:", "").Replace("|}", ""), "gdpr.framework_sources = false");
        }

        [Fact]
        public async Task KeyedFrameworkSources_JudgedByTheKindTheirKeySays()
        {
            // A configuration value read by a password's key is a password: protecting it is not enough. A header is a
            // token: protecting it is.
            await RunAsync(
                """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.AspNetCore.Http;
                using Microsoft.Extensions.Configuration;

                public sealed class Keeper
                {
                    public void Keep(IConfiguration configuration, HttpRequest request, IDataProtector protector)
                    {
                        System.IO.File.WriteAllText("smtp.txt", {|#0:protector.Protect(configuration["Smtp:Password"])|});
                        System.IO.File.WriteAllText("auth.txt", protector.Protect(request.Headers["Authorization"].ToString()));
                        System.IO.File.WriteAllText("raw.txt", {|#1:request.Headers["Authorization"].ToString()|});
                    }
                }
                """,
                Stored(0, "DataProtectionCommonExtensions.Protect()", "File.WriteAllText", NoHasher, " (from 'configuration value 'Smtp:Password'')"),
                Stored(1, "header Authorization", "File.WriteAllText", NoProtection));
        }

        [Fact]
        public async Task EncryptionMarker_ProtectsAKey_NotAPassword()
        {
            string source = """
                using System.IO;
                using GdprAnalyzers.Annotations;

                [Encryption]
                public static class Vault
                {
                    public static string Seal(string value) => value;
                }

                public sealed class Store
                {
                    public void KeepKey(string apiKey) => File.WriteAllText("k.txt", Vault.Seal(apiKey));

                    public void KeepPassword(string password) => File.WriteAllText("p.txt", {|#0:Vault.Seal(password)|});
                }
                """;

            await RunAsync(source, Stored(0, "Vault.Seal()", "File.WriteAllText", NoHasher, " (from 'password')"));
        }

        [Fact]
        public async Task ModelsFileHashingLine_EndsAPasswordFlow()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public static class Vault
                    {
                        public static string Seal(string password) => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(password));
                    }

                    public sealed class Store
                    {
                        public void Keep(string password) => System.IO.File.WriteAllText("p.txt", Vault.Seal(password));
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80,
            };
            test.TestState.AdditionalFiles.Add(("/GdprAnalyzers.Models.txt", "hashing M:Vault.Seal(System.String)\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task NoStorageLibrary_FileStillAStore()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public sealed class Store
                    {
                        public void Keep(string password) => System.IO.File.WriteAllText("p.txt", {|#0:password|});
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80,
            };
            test.ExpectedDiagnostics.Add(Stored(0, "password", "File.WriteAllText", NoHasher));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            await RunAsync(
                """
                // <auto-generated/>
                public sealed class Store
                {
                    public void Keep(string password) => System.IO.File.WriteAllText("p.txt", password);
                }
                """);
        }
    }
}
