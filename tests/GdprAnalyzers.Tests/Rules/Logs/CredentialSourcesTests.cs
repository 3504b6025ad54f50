using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Xunit;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR006's sources beyond names: the credentials a request or an HTTP message carries (headers, cookies, a
    /// scheme's parameter), with <c>gdpr.framework_sources</c> on, and members marked as credentials.</summary>
    public sealed class CredentialSourcesTests
    {
        private const string Middleware = """
            using System.Net.Http;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            public sealed class RequestLogger
            {
                public void Log(ILogger logger, HttpContext context, HttpRequestMessage outgoing)
                {
                    HttpRequest request = context.Request;
                    logger.LogDebug("Auth {Auth}", {|#0:request.Headers["Authorization"]|});
                    logger.LogDebug("Auth {Auth}", {|#1:request.Headers.Authorization|});
                    logger.LogDebug("Key {Key}", {|#2:request.Headers["X-Api-Key"]|});
                    logger.LogDebug("Session {Session}", {|#3:request.Cookies["session"]|});
                    logger.LogDebug("Bearer {Token}", {|#4:outgoing.Headers.Authorization?.Parameter|});
                    logger.LogDebug("Request {Id} {Type} {Path}", request.Headers["X-Request-Id"], request.Headers.ContentType, request.Path);
                    logger.LogDebug("Scheme {Scheme}", outgoing.Headers.Authorization?.Scheme);
                }
            }
            """;

        [Fact]
        public async Task RequestAndMessageCredentials_Logged_Reported_OtherHeadersNot()
        {
            var test = new Verify.Test { TestCode = Middleware, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("header Authorization", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("IHeaderDictionary.Authorization", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("header X-Api-Key", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments("cookie session", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(4).WithArguments("AuthenticationHeaderValue.Parameter", "ILogger.LogDebug", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task QueryStringAndUrlsThatCarryIt_Logged_Reported_PathNot()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.AspNetCore.Http;
                    using Microsoft.AspNetCore.Http.Extensions;
                    using Microsoft.Extensions.Logging;

                    public sealed class SocketLogger
                    {
                        public void Log(ILogger logger, HttpRequest request)
                        {
                            logger.LogInformation("Connected {Url}", {|#0:request.GetDisplayUrl()|});
                            logger.LogInformation("Query {Query}", {|#1:request.QueryString|});
                            logger.LogInformation("Target {Target}", {|#2:request.GetEncodedPathAndQuery()|});
                            logger.LogInformation("Path {Path} host {Host}", request.Path, request.Host);
                        }
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("UriHelper.GetDisplayUrl()", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("HttpRequest.QueryString", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("UriHelper.GetEncodedPathAndQuery()", "ILogger.LogInformation", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task WholeCommandLineAndEnvironment_Logged_Reported_MainArgumentsAndProcessIdNot()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using System;
                using System.Diagnostics;
                using Microsoft.Extensions.Logging;

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        ILogger logger = LoggerFactory.Create(_ => { }).CreateLogger("Tool");
                        // Main's arguments one by one are paths and names a tool prints (real code), not credentials.
                        logger.LogInformation("Reading {Folder}", args[0]);
                        logger.LogInformation("Command line {Line}", {|#1:Environment.GetCommandLineArgs()|});
                        logger.LogDebug("Environment {Variables}", {|#2:Environment.GetEnvironmentVariables()|});
                        var start = new ProcessStartInfo("backup", "--password hunter2");
                        logger.LogInformation("Running {Arguments}", {|#3:start.Arguments|});
                        logger.LogInformation("Process {Id} on {Machine}", Environment.ProcessId, Environment.MachineName);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(1).WithArguments("Environment.GetCommandLineArgs()", "ILogger.LogInformation", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Environment.GetEnvironmentVariables()", "ILogger.LogDebug", ""),
                Verify.Diagnostic().WithLocation(3).WithArguments("ProcessStartInfo.Arguments", "ILogger.LogInformation", ""));
        }

        [Fact]
        public async Task HeadersReadWhole_Logged_Reported_HeadersReadByOtherNamesNot()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System.Linq;
                    using System.Net.Http;
                    using Microsoft.AspNetCore.Http;
                    using Microsoft.Extensions.Logging;
                    using Microsoft.Net.Http.Headers;

                    public sealed class HeaderLogger
                    {
                        public void Log(ILogger logger, HttpRequest request, HttpRequestMessage outgoing, HttpResponseMessage answer)
                        {
                            logger.LogDebug("Headers {Headers}", {|#0:request.Headers|});
                            logger.LogDebug("Headers {Headers}", string.Join(", ", {|#1:outgoing.Headers|}));
                            foreach (var header in request.Headers)
                            {
                                logger.LogDebug("{Name}: {Value}", header.Key, {|#2:header.Value|});
                            }

                            logger.LogDebug("Cookies {Cookies}", {|#3:answer.Headers.GetValues("Set-Cookie")|});
                            logger.LogDebug("Auth {Auth}", {|#4:request.Headers[HeaderNames.Authorization]|});
                            if (request.Headers.TryGetValue("X-Api-Key", out var key))
                            {
                                logger.LogDebug("Key {Key}", {|#5:key|});
                            }

                            if (request.Headers.TryGetValue("X-Request-Id", out var id))
                            {
                                logger.LogDebug("Request {Id}", id);
                            }

                            var headers = request.Headers;
                            logger.LogDebug("Correlation {Id} {Trace}", headers["X-Correlation-Id"], answer.Headers.GetValues("traceparent").FirstOrDefault());
                            logger.LogDebug("{Type} {Length} {Agent}", request.Headers.ContentType, request.ContentLength, request.Headers[HeaderNames.Accept]);
                        }
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("the request's headers", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("the HTTP request's headers", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("KeyValuePair.Value", "ILogger.LogDebug", " (part of 'header')"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments("header Set-Cookie", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(4).WithArguments("header Authorization", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(5).WithArguments("key", "ILogger.LogDebug", " (from 'header X-Api-Key')"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ConfigurationValuesBySecretKeys_Logged_Reported_OtherKeysNot()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.Logging;

                    public sealed class SmtpOptions
                    {
                        public string Host { get; set; } = "";
                        public string Password { get; set; } = "";
                    }

                    public sealed class Startup
                    {
                        public void Log(ILogger logger, IConfiguration configuration, SmtpOptions smtp)
                        {
                            logger.LogInformation("Webhook token {Token}", {|#0:configuration["Webhooks:Token"]|});
                            logger.LogInformation("Smtp {Password}", {|#1:configuration.GetValue<string>("Smtp:Password")|});
                            logger.LogInformation("Stripe {Key}", {|#2:configuration.GetSection("Stripe:ApiKey").Value|});
                            logger.LogInformation("Smtp {Password}", {|#3:configuration.GetSection("Smtp")["Password"]|});
                            logger.LogInformation("Db {Db}", {|#4:configuration["ConnectionStrings:Default"]|});
                            logger.LogInformation("Bound {Password}", {|#5:smtp.Password|});
                            logger.LogInformation("Smtp {Host} {Port} {Url}", configuration["Smtp:Host"], configuration.GetValue<int>("Smtp:Port"), configuration.GetSection("Api").GetValue<string>("BaseUrl"));
                        }
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("configuration value 'Webhooks:Token'", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("configuration value 'Smtp:Password'", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("configuration value 'Stripe:ApiKey'", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments("configuration value 'Smtp:Password'", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(4).WithArguments("configuration value 'ConnectionStrings:Default'", "ILogger.LogInformation", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(5).WithArguments("SmtpOptions.Password", "ILogger.LogInformation", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task RequestUriBuiltWithCredentialQuery_Logged_Reported_OtherUrisNot()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;
                    using System.Net.Http;
                    using Microsoft.AspNetCore.WebUtilities;
                    using Microsoft.Extensions.Logging;

                    public sealed class Client
                    {
                        public void Send(ILogger logger, string baseUrl, string value, string search, HttpRequestMessage received)
                        {
                            var signed = new HttpRequestMessage(HttpMethod.Get, $"{baseUrl}/events?access_token={value}");
                            logger.LogDebug("Sending {Uri}", {|#0:signed.RequestUri|});
                            var keyed = new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(baseUrl, "api_key", value));
                            logger.LogDebug("Sending {Uri}", {|#1:keyed.RequestUri|});
                            var found = new HttpRequestMessage(HttpMethod.Get, new Uri($"{baseUrl}/search?q={search}"));
                            logger.LogDebug("Sending {Uri} {Received}", found.RequestUri, received.RequestUri);
                        }
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("HttpRequestMessage.RequestUri", "ILogger.LogDebug", " (part of 'signed')"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("HttpRequestMessage.RequestUri", "ILogger.LogDebug", " (part of 'keyed')"));
            await test.RunAsync();
        }

        [Fact]
        public async Task FrameworkSourcesOff_RequestCredentials_NotReported()
        {
            var test = new Verify.Test { TestCode = Markup.Remove(Middleware), ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ConfigFiles.GlobalConfig("gdpr.framework_sources = false")));
            await test.RunAsync();
        }

        [Fact]
        public async Task MemberMarkedAsCredential_Logged_Reported()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.Logging;

                public sealed class Device
                {
                    [PersonalData(PersonalDataCategory.Credential)]
                    public string Pairing { get; set; } = "";

                    [PersonalData(PersonalDataCategory.Contact)]
                    public string Owner { get; set; } = "";
                }

                public sealed class Pairing
                {
                    public void Log(ILogger logger, Device device) =>
                        logger.LogInformation("Paired {Pairing} for {Owner}", {|#0:device.Pairing|}, device.Owner);
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Device.Pairing", "ILogger.LogInformation", ""));
        }
    }
}
