using System.Threading.Tasks;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// The kind of <c>shared/cases/ModelBinding.cs</c>: a bound request model whose members are personal data is logged
    /// whole, so every member (the card number too) reaches the log. Here through each log family and through the
    /// usual ways a whole object is written member by member: structured destructuring and a serialised copy. Where
    /// only its text form is written (a plain template hole, a scope, the console), the class's <c>ToString()</c>
    /// prints its type name and nothing leaks; a record's prints its members. The model's countable members stay silent.
    /// </summary>
    public sealed class ModelBindingCaseTests
    {
        private const string Model = """

            public sealed class CheckoutRequest
            {
                [GdprAnalyzers.Annotations.PersonalData] public string CardHolder { get; set; } = "";
                [GdprAnalyzers.Annotations.PersonalData] public string CardNumber { get; set; } = "";
                public int BasketItems { get; set; }
            }
            """;

        private const string Carries = " (it carries 'CheckoutRequest.CardHolder')";

        [Theory]
        [InlineData("Serilog.Log.Information(\"Checkout {@Request}\", {|#0:request|});", "Log.Information")]
        [InlineData("serilog.Information(\"Checkout {@Request}\", {|#0:request|});", "ILogger.Information")]
        [InlineData("serilog.ForContext(\"Request\", {|#0:request|}, destructureObjects: true).Information(\"Checkout\");", "ILogger.ForContext")]
        [InlineData("logger.LogInformation(\"Checkout {@Request}\", {|#0:request|});", "ILogger.LogInformation")]
        [InlineData("nlog.Info(\"Checkout {@Request}\", {|#0:request|});", "Logger.Info")]
        public async Task WholeModel_LoggedThroughAnySink_Reported(string statement, string sink)
        {
            await Verify.VerifyAnalyzerAsync(Endpoint(statement), Verify.Diagnostic(RuleIds.PersonalDataLogged).WithLocation(0).WithArguments("request", sink, Carries));
        }

        [Theory]
        [InlineData("logger.LogInformation(\"Checkout {Request}\", {|#0:System.Text.Json.JsonSerializer.Serialize(request)|});", "ILogger.LogInformation")]
        [InlineData("System.Console.WriteLine({|#0:System.Text.Json.JsonSerializer.Serialize(request)|});", "Console.WriteLine")]
        public async Task WholeModel_SerialisedThenLogged_Reported(string statement, string sink)
        {
            await Verify.VerifyAnalyzerAsync(Endpoint(statement), Verify.Diagnostic(RuleIds.PersonalDataLogged).WithLocation(0).WithArguments("JsonSerializer.Serialize()", sink, " (from 'request')"));
        }

        [Theory]
        [InlineData("logger.LogInformation(\"Checkout {Request}\", request);")]
        [InlineData("using (logger.BeginScope(request)) { }")]
        [InlineData("System.Console.WriteLine(request);")]
        [InlineData("logger.LogInformation($\"Checkout {request}\");")]
        public async Task WholeModel_WrittenByItsTextForm_NotReported(string statement)
        {
            await Verify.VerifyAnalyzerAsync(Endpoint(statement));
        }

        [Theory]
        [InlineData("logger.LogInformation(\"Checkout {Request}\", {|#0:request|});", "ILogger.LogInformation")]
        [InlineData("using (logger.BeginScope({|#0:request|})) { }", "ILogger.BeginScope")]
        [InlineData("System.Console.WriteLine({|#0:request|});", "Console.WriteLine")]
        public async Task WholeRecordModel_WrittenByItsTextForm_Reported(string statement, string sink)
        {
            string code = Endpoint(statement).Replace("public sealed class CheckoutRequest", "public sealed record CheckoutRequest");
            var test = new Verify.Test { TestCode = code };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ngdpr.console_is_log_sink = true\n"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(RuleIds.PersonalDataLogged).WithLocation(0).WithArguments("request", sink, Carries));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("Serilog.Log.Information(\"Checkout with {Items} items\", request.BasketItems);")]
        [InlineData("logger.LogInformation(\"Checkout with {Items} items\", request.BasketItems);")]
        [InlineData("nlog.Info(\"Checkout for {Holder}\", GdprAnalyzers.Annotations.Redact.Pseudonymize(request.CardHolder));")]
        public async Task CountableMembersOrRedacted_NotReported(string statement)
        {
            await Verify.VerifyAnalyzerAsync(Endpoint(statement));
        }

        private static string Endpoint(string statement) => $$"""
            using Microsoft.Extensions.Logging;

            public static class CheckoutEndpoint
            {
                public static void Handle(CheckoutRequest request, ILogger logger, Serilog.ILogger serilog, NLog.Logger nlog)
                {
                    {{statement}}
                }
            }
            """ + Model;
    }
}
