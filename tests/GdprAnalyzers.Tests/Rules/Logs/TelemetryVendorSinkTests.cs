using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Xunit;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;
using VerifyCredential = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// Sinks beyond OpenTelemetry's APIs that send values to a telemetry backend, an error tracker or every log event
    /// (GDPR001, GDPR006): observable instruments' measurements, Application Insights' <c>TelemetryClient.Track*</c> and
    /// user context, Sentry's messages, tags, extras and user, Serilog's <c>IDiagnosticContext.Set</c> and enrichers'
    /// properties. Keys and names are not data; each value is reported where it enters.
    /// </summary>
    public sealed class TelemetryVendorSinkTests
    {
        /// <summary>A stand-in for Application Insights' client and contexts, with the same metadata names: the served
        /// packages depend on System.Diagnostics.DiagnosticSource packages whose types clash with .NET 8's own.</summary>
        private const string ApplicationInsights = """

            namespace Microsoft.ApplicationInsights
            {
                using System.Collections.Generic;

                public sealed class TelemetryClient
                {
                    public Microsoft.ApplicationInsights.Extensibility.Implementation.TelemetryContext Context { get; } = new();
                    public void TrackEvent(string eventName, IDictionary<string, string>? properties = null, IDictionary<string, double>? metrics = null) { }
                    public void TrackTrace(string message, IDictionary<string, string>? properties = null) { }
                }
            }

            namespace Microsoft.ApplicationInsights.Extensibility.Implementation
            {
                public sealed class TelemetryContext
                {
                    public UserContext User { get; } = new();
                }

                public sealed class UserContext
                {
                    public string? Id { get; set; }
                    public string? AuthenticatedUserId { get; set; }
                }
            }
            """;

        /// <summary>A stand-in for Sentry's entry point, scope and user, with the same metadata names: the served Sentry
        /// packages add a source generator to any project that references them, and 7.0 has no .NET 8 build.</summary>
        private const string Sentry = """

            namespace Sentry
            {
                public sealed class SentryUser
                {
                    public string? Id { get; set; }
                    public string? Email { get; set; }
                    public string? Username { get; set; }
                }

                public sealed class Scope
                {
                    public SentryUser User { get; set; } = new();
                    public void SetTag(string key, string value) { }
                    public void SetExtra(string key, object? value) { }
                }

                public static class SentrySdk
                {
                    public static void ConfigureScope(System.Action<Scope> configure) => configure(new Scope());
                    public static void CaptureMessage(string message) { }
                }
            }
            """;

        /// <summary>A stand-in for Serilog.Extensions.Hosting's diagnostic context (the package is not a test reference).</summary>
        private const string DiagnosticContext = """

            namespace Serilog
            {
                public interface IDiagnosticContext
                {
                    void Set(string propertyName, object? value, bool destructureObjects = false);
                }
            }
            """;

        [Fact]
        public async Task ObservableAndUpDownInstruments_TagValuesReported_MeasurementsNot()
        {
            string source = """
                using System.Collections.Generic;
                using System.Diagnostics.Metrics;

                public sealed class Sessions
                {
                    private static readonly Meter Meter = new("Shop");

                    public void Watch(Customer customer)
                    {
                        UpDownCounter<int> open = Meter.CreateUpDownCounter<int>("open");
                        open.Add(1, new KeyValuePair<string, object?>("email", {|#0:customer.Email|}));
                        open.Add(-1, new KeyValuePair<string, object?>("plan", customer.Plan));
                        Meter.CreateObservableGauge("visits", () => new Measurement<int>(customer.Visits, new KeyValuePair<string, object?>("email", {|#1:customer.Email|})));
                        Meter.CreateObservableGauge("plans", () => new Measurement<int>(customer.Visits, new KeyValuePair<string, object?>("plan", customer.Plan)));
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "UpDownCounter.Add", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "Measurement constructor", ""));
        }

        [Fact]
        public async Task ApplicationInsights_PropertiesMessageAndUser_Reported_NamesNot()
        {
            string source = """
                using System.Collections.Generic;
                using Microsoft.ApplicationInsights;

                public sealed class Checkout
                {
                    public void Run(TelemetryClient telemetry, Customer customer)
                    {
                        telemetry.TrackEvent("checkout", new Dictionary<string, string> { ["email"] = {|#0:customer.Email|}, ["plan"] = customer.Plan });
                        telemetry.TrackTrace("Checkout by " + {|#1:customer.Email|});
                        telemetry.TrackTrace("Checkout on plan " + customer.Plan, new Dictionary<string, string> { { "phone", {|#2:customer.Phone|} } });
                        telemetry.Context.User.AuthenticatedUserId = {|#3:customer.Email|};
                        telemetry.Context.User.Id = customer.Plan;
                    }
                }
                """ + Customers.Marked + ApplicationInsights;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "TelemetryClient.TrackEvent", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "TelemetryClient.TrackTrace", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Phone", "TelemetryClient.TrackTrace", ""),
                Verify.Diagnostic().WithLocation(3).WithArguments("Customer.Email", "UserContext.AuthenticatedUserId", ""));
        }

        [Fact]
        public async Task Sentry_UserTagsExtrasAndMessages_Reported_KeysNot()
        {
            string source = """
                using Sentry;

                public sealed class Errors
                {
                    public void Configure(Customer customer)
                    {
                        SentrySdk.ConfigureScope(scope =>
                        {
                            scope.User = new SentryUser { Id = customer.Plan, Email = {|#0:customer.Email|} };
                            scope.SetTag("customer", {|#1:customer.Email|});
                            scope.SetTag("plan", customer.Plan);
                            scope.SetExtra("phone", {|#2:customer.Phone|});
                        });
                        SentrySdk.CaptureMessage($"Payment failed for {{|#3:customer.Email|}}");
                    }
                }
                """ + Customers.Marked + Sentry;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "SentryUser.Email", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "Scope.SetTag", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Phone", "Scope.SetExtra", ""),
                Verify.Diagnostic().WithLocation(3).WithArguments("Customer.Email", "SentrySdk.CaptureMessage", ""));
        }

        [Fact]
        public async Task SerilogDiagnosticContextAndEnrichers_RequestUserIpAndAgent_ReportedWhereTheyEnter()
        {
            string source = """
                using Microsoft.AspNetCore.Http;
                using Serilog;
                using Serilog.Core;
                using Serilog.Events;

                public sealed class RequestEnricher : ILogEventEnricher
                {
                    private readonly IHttpContextAccessor accessor;

                    public RequestEnricher(IHttpContextAccessor accessor) => this.accessor = accessor;

                    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
                    {
                        HttpContext? context = accessor.HttpContext;
                        if (context is null)
                        {
                            return;
                        }

                        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("UserName", {|#0:context.User.Identity?.Name|}));
                        logEvent.AddPropertyIfAbsent(new LogEventProperty("ClientIp", new ScalarValue({|#1:context.Connection.RemoteIpAddress?.ToString()|})));
                        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Path", context.Request.Path.Value));
                    }
                }

                public static class RequestLogging
                {
                    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
                    {
                        diagnostics.Set("UserAgent", {|#2:context.Request.Headers.UserAgent|});
                        diagnostics.Set("Host", context.Request.Host.Value);
                    }
                }
                """ + DiagnosticContext;

            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("IIdentity.Name", "ILogEventPropertyFactory.CreateProperty", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("ConnectionInfo.RemoteIpAddress", "ScalarValue constructor", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments("IHeaderDictionary.UserAgent", "IDiagnosticContext.Set", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task SecretInASentryTagOrDiagnosticContext_ReportedAsCredential()
        {
            string source = """
                using Sentry;
                using Serilog;

                public sealed class Client
                {
                    public void Call(IDiagnosticContext diagnostics, string apiKey, string tenant)
                    {
                        SentrySdk.ConfigureScope(scope => scope.SetTag("api.key", {|#0:apiKey|}));
                        diagnostics.Set("ApiKey", {|#1:apiKey|});
                        diagnostics.Set("Tenant", tenant);
                    }
                }
                """ + Sentry + DiagnosticContext;

            await VerifyCredential.VerifyAnalyzerAsync(
                source,
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("apiKey", "Scope.SetTag", ""),
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(1).WithArguments("apiKey", "IDiagnosticContext.Set", ""));
        }

        [Fact]
        public async Task Pseudonymize_SentryTagAndApplicationInsightsProperty_WrappedWhereTheyEnter()
        {
            string source = """
                using System.Collections.Generic;
                using Microsoft.ApplicationInsights;
                using Sentry;

                public sealed class Checkout
                {
                    public void Run(TelemetryClient telemetry, Scope scope, Customer customer)
                    {
                        scope.SetTag("customer", {|#0:customer.Email|});
                        telemetry.TrackEvent("checkout", new Dictionary<string, string> { ["email"] = {|#1:customer.Email|} });
                    }
                }
                """ + Customers.Marked + Sentry + ApplicationInsights;
            string fixedSource = """
                using System.Collections.Generic;
                using GdprAnalyzers.Annotations;
                using Microsoft.ApplicationInsights;
                using Sentry;

                public sealed class Checkout
                {
                    public void Run(TelemetryClient telemetry, Scope scope, Customer customer)
                    {
                        scope.SetTag("customer", Redact.Pseudonymize(customer.Email));
                        telemetry.TrackEvent("checkout", new Dictionary<string, string> { ["email"] = Redact.Pseudonymize(customer.Email) });
                    }
                }
                """ + Customers.Marked + Sentry + ApplicationInsights;

            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = PersonalDataLoggedCodeFixProvider.PseudonymizeKey };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Scope.SetTag", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "TelemetryClient.TrackEvent", ""));
            await test.RunAsync();
        }
    }
}
