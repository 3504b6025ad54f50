using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Xunit;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR001's raw sources (<c>gdpr.framework_sources</c>): a request's body, and the body of an HTTP
    /// message from or to another service, are personal data when logged; a typed read follows its type's declarations, and
    /// a request's path, method, content type and length are not personal data.</summary>
    public sealed class RawBodySourcesTests
    {
        private const string Middleware = """
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            public sealed class SignUp
            {
                public string Plan { get; set; } = "";
            }

            public sealed class ErrorLogging
            {
                public async Task Log(ILogger logger, HttpContext context, HttpClient client)
                {
                    HttpRequest request = context.Request;
                    request.Body.Position = 0;
                    string body = await new StreamReader(request.Body).ReadToEndAsync();
                    logger.LogError("Request failed, body {Body}", {|#0:body|});
                    // A form is a protocol message whose fields the code reads one by one (real code: OAuth requests).
                    logger.LogDebug("Grant {Grant}", request.Form["grant_type"]);
                    JsonElement json = await request.ReadFromJsonAsync<JsonElement>();
                    logger.LogDebug("Json {Json}", {|#3:json|});
                    SignUp? signUp = await request.ReadFromJsonAsync<SignUp>();
                    logger.LogDebug("Plan {Plan}", signUp?.Plan);
                    HttpResponseMessage response = await client.GetAsync("https://tokens.example/connect/token");
                    logger.LogDebug("Token endpoint answered {Answer}", {|#4:await response.Content.ReadAsStringAsync()|});
                    logger.LogDebug("Profile {Profile}", {|#5:await client.GetStringAsync("https://people.example/me")|});
                    logger.LogInformation("{Method} {Path} {Type} {Length} {Status}", request.Method, request.Path, request.ContentType, request.ContentLength, response.StatusCode);
                }
            }
            """;

        [Fact]
        public async Task RawBodies_Logged_Reported_TypedReadsFormFieldsAndRequestLineNot()
        {
            var test = new Verify.Test { TestCode = Middleware, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("body", "ILogger.LogError", " (built from 'the request's body')"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments("json", "ILogger.LogDebug", " (from 'the request's body')"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(4).WithArguments("the HTTP response's body", "ILogger.LogDebug", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(5).WithArguments("the HTTP response's body", "ILogger.LogDebug", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task FrameworkSourcesOff_RawBodies_NotReported()
        {
            var test = new Verify.Test { TestCode = Markup.Remove(Middleware), ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ConfigFiles.GlobalConfig("gdpr.framework_sources = false")));
            await test.RunAsync();
        }
    }
}
