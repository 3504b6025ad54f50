using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>Values that are personal data wherever they come from: client IP, signed-in user, claims, user agent.</summary>
    public sealed class FrameworkSourcesTests
    {
        private const string Endpoint = """
            using System.Linq;
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            public sealed class Endpoint
            {
                public void Handle(ILogger logger, HttpContext http, ClaimsPrincipal principal)
                {
                    logger.LogInformation("Login from {Ip}", {|#0:http.Connection.RemoteIpAddress|});
                    logger.LogInformation("Forwarded for {Ip}", {|#1:http.Request.Headers["X-Forwarded-For"]|});
                    logger.LogInformation("User {Name}", {|#2:principal.Identity?.Name|});
                    // Restated from a public report (shared/cases/ClaimsDump.cs).
                    logger.LogWarning("User lacks role; claims {@Claims}", {|#3:principal.Claims.Select(c => new { c.Type, c.Value })|});
                    logger.LogWarning("User lacks role; claim types {Types}", principal.Claims.Select(c => c.Type));
                    logger.LogInformation("Path {Path} method {Method}", http.Request.Path, http.Request.Method);
                    logger.LogInformation("Mail {Mail}", {|#4:principal.FindFirstValue(ClaimTypes.Email)|});
                }
            }
            """;

        [Fact]
        public async Task FrameworkValues_ArePersonalDataWithoutAnnotation()
        {
            var test = new Verify.Test { TestCode = Endpoint, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("ConnectionInfo.RemoteIpAddress", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("header X-Forwarded-For", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("IIdentity.Name", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments("anonymous object", "ILogger.LogWarning", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(4).WithArguments("PrincipalExtensions.FindFirstValue()", "ILogger.LogInformation", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task OperatingSystemAccountName_Logged_IsPersonalData_MachineNameNot()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Microsoft.Extensions.Logging;

                public sealed class Startup
                {
                    public void Log(ILogger logger) =>
                        logger.LogInformation("Started by {User} on {Machine}", {|#0:Environment.UserName|}, Environment.MachineName);
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Environment.UserName", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task OptionOff_FrameworkValuesNotReported()
        {
            string source = Endpoint.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("{|#3:", "").Replace("{|#4:", "").Replace("|}", "");
            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ConfigFiles.GlobalConfig("gdpr.framework_sources = false")));
            await test.RunAsync();
        }

        /// <summary>The value of a protocol claim (how and where the user signed in, the token's issuer, times and scopes)
        /// names no person; a claim looked up by a person's claim type still does.</summary>
        [Fact]
        public async Task ProtocolClaimValues_NotPersonalData()
        {
            string code = """
                using System.Security.Claims;
                using Microsoft.Extensions.Logging;

                public static class JwtClaimTypes
                {
                    public const string IdentityProvider = "idp";
                    public const string Email = "email";
                }

                public static class Principals
                {
                    public static string GetIdentityProvider(this ClaimsIdentity identity)
                    {
                        Claim? claim = identity.FindFirst(JwtClaimTypes.IdentityProvider);
                        return claim?.Value ?? "local";
                    }
                }

                public sealed class SignIn
                {
                    public void Handle(ILogger logger, ClaimsPrincipal principal, ClaimsIdentity identity)
                    {
                        Claim? amr = identity.FindFirst(ClaimTypes.AuthenticationMethod);
                        logger.LogDebug("Removing amr claim with value {Value}", amr?.Value);
                        logger.LogDebug("Signed in at {Idp}", identity.GetIdentityProvider());
                        logger.LogDebug("Scope {Scope}", principal.FindFirstValue("scope"));
                        logger.LogDebug("Mail {Mail}", {|#0:principal.FindFirstValue(JwtClaimTypes.Email)|});
                        logger.LogDebug("Mail {Mail}", {|#1:identity.FindFirst(ClaimTypes.Email)?.Value|});
                    }
                }
                """;
            var test = new Verify.Test { TestCode = code, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("PrincipalExtensions.FindFirstValue()", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Claim.Value", "ILogger.LogDebug", ""));
            await test.RunAsync();
        }

        /// <summary>The identity-provider claim read through the project's own helpers, as an identity server does (an
        /// <c>as</c> cast, a null check that throws, an overload on the principal), with the claim type's constant
        /// from a package that does not bind: still a protocol claim, not personal data.</summary>
        [Fact]
        public async Task ProtocolClaimValue_ThroughProjectHelpers_NotPersonalData()
        {
            const string code = """
                using System;
                using System.Security.Claims;
                using System.Security.Principal;
                using Microsoft.Extensions.Logging;

                public static class PrincipalExtensions
                {
                    public static string GetIdentityProvider(this IPrincipal principal)
                    {
                        return principal.Identity.GetIdentityProvider();
                    }

                    public static string GetIdentityProvider(this IIdentity identity)
                    {
                        var id = identity as ClaimsIdentity;
                        var claim = id.FindFirst(JwtClaimTypes.IdentityProvider);
                        if (claim == null) throw new InvalidOperationException("idp claim is missing");
                        return claim.Value;
                    }
                }

                public sealed class Interaction
                {
                    public void Handle(ILogger logger, ClaimsPrincipal subject, string idp)
                    {
                        var currentIdp = subject.GetIdentityProvider();
                        if (idp != currentIdp)
                        {
                            logger.LogInformation("Current IdP ({currentIdp}) is not the requested IdP ({idp})", currentIdp, idp);
                        }
                    }
                }
                """;
            var test = new Verify.Test { TestCode = code, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore, CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None };
            await test.RunAsync();
        }
    }
}
