using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR006: credentials, found by name, reaching a log through the same flows and sinks as GDPR001.</summary>
    public sealed class CredentialLoggedTests
    {
        [Fact]
        public async Task IssuedTokenAndResetLink_Reported_TokenIdIsNot()
        {
            // Restated from a public report (shared/cases/TokenInLog.cs).
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class TokenIssuer
                {
                    private readonly ILogger _logger;
                    public TokenIssuer(ILogger logger) => _logger = logger;

                    public void Issued(string accessToken, string tokenId)
                    {
                        _logger.LogInformation("Issued token {AccessToken}", {|#0:accessToken|});
                        _logger.LogInformation("Issued token with id {TokenId}", tokenId);
                    }

                    public void ResetRequested(string resetToken, string userId)
                    {
                        var link = $"https://shop.example.com/reset?token={resetToken}";
                        _logger.LogCritical("Password reset link: {Link}", {|#1:link|});
                        var invite = $"https://shop.example.com/invite?user={userId}&code={userId.GetHashCode()}";
                        var profile = $"https://shop.example.com/profile?user={userId}";
                        _logger.LogInformation("Profile {Profile}", profile);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("accessToken", "ILogger.LogInformation", ""),
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("link", "ILogger.LogCritical", " (from 'resetToken')"));
        }

        /// <summary>A method whose name says it returns a part of the credential that is no secret (the host of a
        /// connection string, a token's type) hands back no credential; one that returns the text does.</summary>
        [Fact]
        public async Task PublicPartParsedFromCredential_NotReported_ThePartThatHoldsItIs()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public static class Parser
                {
                    public static string GetHostName(string connectionString) => connectionString.Split(';')[0];
                    public static string GetTokenType(string token) => token.Split(' ')[0];
                    public static string Normalise(string connectionString) => connectionString.Trim();
                }

                public sealed class Connector
                {
                    public void Connect(ILogger logger, string connectionString, string token)
                    {
                        logger.LogInformation("Connecting to {Host}", Parser.GetHostName(connectionString));
                        logger.LogInformation("Token of type {Type}", Parser.GetTokenType(token));
                        logger.LogInformation("Connecting with {Connection}", {|#0:Parser.Normalise(connectionString)|});
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("Parser.Normalise()", "ILogger.LogInformation", " (from 'connectionString')"));
        }

        [Fact]
        public async Task CredentialNamesAcrossSinks_Reported_DescriptionsOfSecretsAreNot()
        {
            string source = """
                using System;
                using Serilog;

                public sealed class LoginRequest
                {
                    public string UserName { get; set; } = "";
                    public string Password { get; set; } = "";
                }

                public sealed class Settings
                {
                    public string ConnectionString { get; set; } = "";
                    public string ApiKey { get; set; } = "";
                    public string ApiKeyName { get; set; } = "";
                    public DateTime PasswordResetAt { get; set; }
                    public bool PasswordRequired { get; set; }
                    public string TokenType { get; set; } = "";
                }

                public static class Startup
                {
                    public static void Run(Settings settings, LoginRequest request)
                    {
                        Log.Information("Db {Db}", {|#0:settings.ConnectionString|});
                        Console.WriteLine("Key " + {|#1:settings.ApiKey|});
                        Log.Information("Login {@Request}", {|#2:request|});
                        Log.Information("{Name} {At} {Required} {Type}", settings.ApiKeyName, settings.PasswordResetAt, settings.PasswordRequired, settings.TokenType);
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("Settings.ConnectionString", "Log.Information", ""),
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("Settings.ApiKey", "Console.WriteLine", ""),
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(2).WithArguments("request", "Log.Information", " (it carries 'LoginRequest.Password')"));
        }

        [Fact]
        public async Task MethodResult_NamedAfterSecret_Reported_OtherResultsAreNot()
        {
            // Found by the flow benchmark (Credential.Names/MethodResult): a method's result is a credential by the
            // method's name, as a property's value is by the property's; [PersonalData] on the return does not count.
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class DbSettings
                {
                    public string GetConnectionString(string name) => "Server=db;Password=" + name;
                    public string GetProviderName(string name) => "Npgsql";
                    [return: PersonalData(PersonalDataCategory.Contact)] public string OwnerEmail() => "";
                }

                public sealed class Migrations
                {
                    public void Starting(ILogger logger, DbSettings settings)
                    {
                        logger.LogInformation("Migrating {Target}", {|#0:settings.GetConnectionString("Main")|});
                        logger.LogInformation("Provider {Provider}", settings.GetProviderName("Main"));
                        logger.LogInformation("Owner {Owner}", settings.OwnerEmail());
                    }
                }
                """;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("DbSettings.GetConnectionString()", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task Fix_ErasesTheSecret()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Client
                {
                    public void Call(ILogger logger, string apiKey) => logger.LogDebug("Calling with {Key}", {|GDPR006:apiKey|});
                }
                """;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Client
                {
                    public void Call(ILogger logger, string apiKey) => logger.LogDebug("Calling with {Key}", Redact.Erase(apiKey));
                }
                """;

            await Verify.VerifyCodeFixAsync(source, fixedSource, PersonalDataLoggedCodeFixProvider.EraseKey);
        }

        [Fact]
        public async Task Fix_FirstActionErases_SoDotnetFormatNeverHashesASecret()
        {
            // dotnet format applies the first action; for a credential that must be Erase (GDPR001's first is Pseudonymise).
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.Extensions.Logging;

                    public sealed class Client
                    {
                        public void Call(ILogger logger, string apiKey) => logger.LogDebug("Calling with {Key}", {|GDPR006:apiKey|});
                    }
                    """,
                FixedCode = """
                    using GdprAnalyzers.Annotations;
                    using Microsoft.Extensions.Logging;

                    public sealed class Client
                    {
                        public void Call(ILogger logger, string apiKey) => logger.LogDebug("Calling with {Key}", Redact.Erase(apiKey));
                    }
                    """,
                CodeActionIndex = 0,
            };

            await test.RunAsync();
        }

        [Theory]
        [InlineData("gdpr.GDPR001.console_is_log_sink = false", true)]
        [InlineData("gdpr.GDPR006.console_is_log_sink = false", false)]
        [InlineData("gdpr.console_is_log_sink = false", false)]
        public async Task ConsoleOption_ReadPerRule(string line, bool reported)
        {
            string call = reported ? "{|GDPR006:apiKey|}" : "apiKey";
            var test = new Verify.Test
            {
                TestCode = $$"""
                    public sealed class Client
                    {
                        public void Call(string apiKey) => System.Console.WriteLine({{call}});
                    }
                    """,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig(line)));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("password", true)]
        [InlineData("AccessToken", true)]
        [InlineData("refresh_token", true)]
        [InlineData("API_KEY", true)]
        [InlineData("ClientSecret", true)]
        [InlineData("PasswordHash", true)]
        [InlineData("signingKey", true)]
        [InlineData("TokenId", false)]
        [InlineData("PasswordResetAt", false)]
        [InlineData("ApiKeyName", false)]
        [InlineData("CacheKey", false)]
        [InlineData("PrimaryKey", false)]
        [InlineData("TokenCount", false)]
        [InlineData("AuthorizationCode", true)]
        [InlineData("DeviceCode", true)]
        [InlineData("RecoveryCode", true)]
        [InlineData("TwoFactorCode", true)]
        [InlineData("RefreshTokenHandle", true)]
        [InlineData("AuthorizationCodeHandle", true)]
        [InlineData("ErrorCode", false)]
        [InlineData("CountryCode", false)]
        [InlineData("UserCode", false)]
        [InlineData("Code", false)]
        [InlineData("FileHandle", false)]
        [InlineData("GetClientIdFromJwt", false)]
        [InlineData("FindUserByToken", false)]
        [InlineData("ExpiryOfAccessToken", false)]
        [InlineData("GetTokenForUser", true)]
        [InlineData("SignInToken", true)]
        [InlineData("ForToken", true)]
        public void CredentialNames_WordsNotSubstrings(string name, bool expected) =>
            Assert.Equal(expected, CredentialNames.IsCredential(name));
    }
}
