using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;
using VerifyCredential = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// OpenTelemetry's .NET APIs as log-like sinks (GDPR001, GDPR006; GDPR101 in the opt-in mode): a trace span's tags,
    /// baggage, events and status, and the tags of metric measurements, which exporters write to a telemetry backend.
    /// Tag keys are not data; tag values are, and each is reported where it is written.
    /// </summary>
    public sealed class TelemetrySinkTests
    {
        [Fact]
        public async Task TraceSpan_TagBaggageEventAndStatusValues_Reported_KeysAndOtherValuesNot()
        {
            string source = """
                using System.Collections.Generic;
                using System.Diagnostics;

                public sealed class Checkout
                {
                    private static readonly ActivitySource Source = new("Shop.Checkout");

                    public void Run(Activity activity, Customer customer)
                    {
                        activity.SetTag("user.email", {|#0:customer.Email|});
                        activity.SetTag("user.plan", customer.Plan);
                        activity.SetTag(customer.Email, 1);
                        activity.AddTag("user.phone", {|#1:customer.Phone|});
                        activity.AddBaggage("user.email", {|#2:customer.Email|});
                        activity.SetBaggage("user.plan", customer.Plan);
                        activity.AddEvent(new ActivityEvent("signup", tags: new ActivityTagsCollection { { "email", {|#3:customer.Email|} }, { "visits", customer.Visits } }));
                        activity.SetStatus(ActivityStatusCode.Error, "failed for " + {|#4:customer.Email|});
                        using Activity? child = Source.StartActivity("pay", ActivityKind.Internal, default(ActivityContext),
                            new[] { new KeyValuePair<string, object?>("email", {|#5:customer.Email|}), new KeyValuePair<string, object?>("plan", customer.Plan) });
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Activity.SetTag", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "Activity.AddTag", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "Activity.AddBaggage", ""),
                Verify.Diagnostic().WithLocation(3).WithArguments("Customer.Email", "Activity.AddEvent", ""),
                Verify.Diagnostic().WithLocation(4).WithArguments("Customer.Email", "Activity.SetStatus", ""),
                Verify.Diagnostic().WithLocation(5).WithArguments("Customer.Email", "ActivitySource.StartActivity", ""));
        }

        [Fact]
        public async Task MetricTags_ValuesReported_MeasurementsAndOtherTagsNot()
        {
            string source = """
                using System.Collections.Generic;
                using System.Diagnostics;
                using System.Diagnostics.Metrics;

                public sealed class Metrics
                {
                    private static readonly Meter Meter = new("Shop");
                    private static readonly Counter<int> Orders = Meter.CreateCounter<int>("orders");
                    private static readonly Histogram<double> Totals = Meter.CreateHistogram<double>("totals");

                    public void Record(Customer customer, double total)
                    {
                        Orders.Add(1, new KeyValuePair<string, object?>("email", {|#0:customer.Email|}));
                        Orders.Add(customer.Visits, new KeyValuePair<string, object?>("plan", customer.Plan));
                        Totals.Record(total, new TagList { { "email", {|#1:customer.Email|} }, { "plan", customer.Plan } });
                        Orders.Add(1, new KeyValuePair<string, object?>("phone", {|#2:customer.Phone|}), new KeyValuePair<string, object?>("plan", customer.Plan));

                        var tags = new TagList();
                        tags.Add("email", customer.Email);
                        Totals.Record(total, {|#3:tags|});
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Counter.Add", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "Histogram.Record", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Phone", "Counter.Add", ""),
                Verify.Diagnostic().WithLocation(3).WithArguments("tags", "Histogram.Record", " (from 'Customer.Email')"));
        }

        /// <summary>An object as a tag value is written by its text form, as OpenTelemetry's exporters write a value that
        /// is not a primitive: a record shows its members, a class without its own <c>ToString</c> its type's name.</summary>
        [Fact]
        public async Task ObjectTagValue_ReportedOnlyWhereItsTextShowsPersonalData()
        {
            string source = """
                using System.Diagnostics;

                public sealed record Contact(string Name, [property: GdprAnalyzers.Annotations.PersonalData] string Email);

                public sealed class Checkout
                {
                    public void Run(Activity activity, Customer customer, Contact contact)
                    {
                        activity.SetTag("customer", customer);
                        activity.SetTag("contact", {|#0:contact|});
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("contact", "Activity.SetTag", " (it carries 'Contact.Email')"));
        }

        [Fact]
        public async Task SecretInASpanTag_ReportedAsCredential()
        {
            string source = """
                using System.Diagnostics;

                public sealed class Client
                {
                    public void Call(Activity activity, string accessToken, string tenant)
                    {
                        activity.SetTag("auth.token", {|#0:accessToken|});
                        activity.SetTag("tenant", tenant);
                    }
                }
                """;

            await VerifyCredential.VerifyAnalyzerAsync(
                source,
                VerifyCredential.Diagnostic(RuleIds.CredentialLogged).WithLocation(0).WithArguments("accessToken", "Activity.SetTag", ""));
        }

        [Fact]
        public async Task Pseudonymize_TagValue_WrappedWhereItIsWritten()
        {
            string source = """
                using System.Collections.Generic;
                using System.Diagnostics;
                using System.Diagnostics.Metrics;

                public sealed class Checkout
                {
                    public void Run(Activity activity, Counter<int> orders, Customer customer)
                    {
                        activity.SetTag("user.email", {|#0:customer.Email|});
                        orders.Add(1, new KeyValuePair<string, object?>("email", {|#1:customer.Email|}));
                    }
                }
                """ + Customers.Marked;
            string fixedSource = """
                using System.Collections.Generic;
                using System.Diagnostics;
                using System.Diagnostics.Metrics;
                using GdprAnalyzers.Annotations;

                public sealed class Checkout
                {
                    public void Run(Activity activity, Counter<int> orders, Customer customer)
                    {
                        activity.SetTag("user.email", Redact.Pseudonymize(customer.Email));
                        orders.Add(1, new KeyValuePair<string, object?>("email", Redact.Pseudonymize(customer.Email)));
                    }
                }
                """ + Customers.Marked;

            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = PersonalDataLoggedCodeFixProvider.PseudonymizeKey };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Activity.SetTag", ""));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "Counter.Add", ""));
            await test.RunAsync();
        }
    }
}
