using System.Threading.Tasks;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// docs/flow-engine.md, "Credentials": a member of an object that holds a credential is a credential only by itself
    /// (its name, its type, <c>PersonalDataCategory.Credential</c>), and another assembly's method hands a credential back
    /// only in a text or bytes form of it.
    /// </summary>
    public sealed class CredentialSemanticsTests
    {
        private const string Accounts = """
            using System;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            public sealed class Member : IdentityUser { }

            public sealed record SmtpAccount(string Name, string Host, string Password);

            public interface IDirectory
            {
                Member? AuthenticateLocalUser(string userName, string password);
                Task<Member?> SignInAsync(string userName, string password);
            }
            """;

        [Fact]
        public async Task MembersOfAnObjectHoldingASecret_OnlyTheSecretReported()
        {
            string code = Accounts + """

                public sealed class Audit
                {
                    public void Run(ILogger logger, Member member, SmtpAccount account)
                    {
                        logger.LogInformation("{User} {Mail}", member.UserName, member.Email);
                        logger.LogInformation("{Hash}", {|#0:member.PasswordHash|});
                        logger.LogInformation("{Name} {Host}", account.Name, account.Host);
                        logger.LogInformation("{Secret}", {|#1:account.Password|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("IdentityUser.PasswordHash", "ILogger.LogInformation", ""),
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("SmtpAccount.Password", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task HeaderOrQueryValueNamedAsASecret_StringValues_IsACredential()
        {
            string code = """
                using Microsoft.AspNetCore.Http;
                using Microsoft.Extensions.Logging;
                using Microsoft.Extensions.Primitives;

                public sealed class KeyCheck
                {
                    public void Run(ILogger logger, HttpRequest request)
                    {
                        StringValues apiKey = request.Headers["X-Api-Key"];
                        logger.LogInformation("Key {Key}", {|#0:apiKey|});
                        if (request.Query.TryGetValue("access_token", out StringValues accessToken))
                        {
                            logger.LogInformation("Token {Token}", {|#1:accessToken|});
                        }

                        StringValues culture = request.Headers["Accept-Language"];
                        logger.LogInformation("Culture {Culture}", culture);
                    }
                }
                """;
            var test = new Verify.Test { TestCode = code, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("apiKey", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("accessToken", "ILogger.LogInformation", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task ResultOfACallGivenASecret_NotACredential_UnlessTextOrBytesOfIt()
        {
            string code = Accounts + """

                public sealed class Login
                {
                    public async Task Run(ILogger logger, IDirectory directory, string userName, string password)
                    {
                        Member? member = directory.AuthenticateLocalUser(userName, password);
                        logger.LogInformation("{User}", member?.UserName);
                        Member? signedIn = await directory.SignInAsync(userName, password);
                        logger.LogInformation("{User}", signedIn?.Email);
                        logger.LogInformation("{Encoded}", {|#0:Convert.ToBase64String(Encoding.UTF8.GetBytes(password))|});
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("Convert.ToBase64String()", "ILogger.LogInformation", " (from 'Encoding.GetBytes()')"));
        }

        /// <summary>A method named for what it reads out of a secret (<c>GetClientIdFromJwt</c>: the words after "from"
        /// say where the value comes from) returns that value, not the secret, even where the parsing type's package does
        /// not bind (<c>JwtSecurityToken</c> without its reference); the secret itself is still reported.</summary>
        [Fact]
        public async Task MethodNamedForWhatItReadsFromASecret_NotACredential()
        {
            const string code = """
                using System;
                using System.Linq;
                using Microsoft.Extensions.Logging;

                public sealed class TokenValidator
                {
                    private readonly ILogger logger;

                    public TokenValidator(ILogger logger) => this.logger = logger;

                    public void Validate(string token, string clientId = null)
                    {
                        if (string.IsNullOrEmpty(clientId))
                        {
                            clientId = GetClientIdFromJwt(token);
                        }

                        logger.LogError("Unknown or disabled client: {clientId}.", clientId);
                        logger.LogError("Token {token}.", {|#0:token|});
                    }

                    private string GetClientIdFromJwt(string token)
                    {
                        try
                        {
                            var jwt = new JwtSecurityToken(token);
                            var clientId = jwt.Audiences.FirstOrDefault();
                            return clientId;
                        }
                        catch (Exception ex)
                        {
                            logger.LogError(ex, "Malformed JWT token: {exception}", ex.Message);
                            return null;
                        }
                    }
                }
                """;
            var test = new Verify.Test { TestCode = code, CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("token", "ILogger.LogError", ""));
            await test.RunAsync();
        }
    }
}
