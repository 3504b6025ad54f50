using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR001 at each log sink family, with the compliant twin beside each leak.</summary>
    public sealed class PersonalDataLoggedSinkTests
    {
        [Theory]
        [InlineData("LogTrace")]
        [InlineData("LogDebug")]
        [InlineData("LogInformation")]
        [InlineData("LogWarning")]
        [InlineData("LogError")]
        [InlineData("LogCritical")]
        public async Task MelLogExtension_PersonalData_ReportsNamingTheSink(string method)
        {
            string source = $$"""
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger<Service> logger, Customer customer)
                    {
                        logger.{{method}}("Customer {Email} on plan {Plan}", {|#0:customer.Email|}, customer.Plan);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger." + method, ""));
        }

        [Fact]
        public async Task MelLog_WithLevelEventIdAndException_ReportsOnlyThePersonalData()
        {
            string source = """
                using System;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer, Exception error)
                    {
                        logger.Log(LogLevel.Warning, new EventId(7), error, "Failed for {Phone}", {|#0:customer.Phone|});
                        logger.LogError(error, "Failed after {Visits} visits", customer.Visits);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Phone", "ILogger.Log", ""));
        }

        [Fact]
        public async Task MelBeginScope_PersonalData_Reports()
        {
            string source = """
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        using (logger.BeginScope("Customer {Email}", {|#0:customer.Email|}))
                        using (logger.BeginScope("Plan {Plan}", customer.Plan))
                        {
                        }
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.BeginScope", ""));
        }

        [Fact]
        public async Task LoggerMessageMethod_StringPersonalData_Reports()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.Extensions.Logging;

                    public static partial class Log
                    {
                        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Welcome {Email} ({Visits} visits)")]
                        public static partial void Welcome(ILogger logger, string email, int visits);
                    }

                    public sealed class Service
                    {
                        public void Run(ILogger logger, Customer customer)
                        {
                            Log.Welcome(logger, {|#0:customer.Email|}, customer.Visits);
                        }
                    }
                    """ + Customers.Marked,
            };
            test.TestState.Sources.Add(("Log.g.cs", GeneratedLoggerMessage));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Log.Welcome", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task LoggerMessageMethod_ClassifiedParameter_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.Extensions.Compliance.Classification;
                    using Microsoft.Extensions.Logging;

                    public sealed class PrivateDataAttribute : DataClassificationAttribute
                    {
                        public PrivateDataAttribute() : base(new DataClassification("Contoso", "Private")) { }
                    }

                    public static partial class Log
                    {
                        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Welcome {Email} ({Visits} visits)")]
                        public static partial void Welcome(ILogger logger, [PrivateData] string email, int visits);
                    }

                    public sealed class Service
                    {
                        public void Run(ILogger logger, Customer customer)
                        {
                            Log.Welcome(logger, customer.Email, customer.Visits);
                        }
                    }
                    """ + Customers.Marked,
            };
            test.TestState.Sources.Add(("Log.g.cs", GeneratedLoggerMessage.Replace("string email", "[PrivateData] string email")));
            await test.RunAsync();
        }

        [Fact]
        public async Task LoggerMessageDefineDelegate_PersonalData_Reports()
        {
            string source = """
                using System;
                using Microsoft.Extensions.Logging;

                public sealed class Service
                {
                    private static readonly Action<ILogger, string, Exception?> Welcome =
                        LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Welcome {Email}");

                    public void Run(ILogger logger, Customer customer)
                    {
                        Welcome(logger, {|#0:customer.Email|}, null);
                        Welcome(logger, customer.Plan, null);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "LoggerMessage.Define delegate", ""));
        }

        [Fact]
        public async Task SerilogStaticLog_DestructuredObject_ReportsWholeObject()
        {
            string source = """
                using Serilog;

                public static class Endpoint
                {
                    public static void Handle(Customer customer)
                    {
                        Log.Information("Received {@Customer}", {|#0:customer|});
                        Log.Information("Received with {Visits} visits", customer.Visits);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("customer", "Log.Information", " (it carries 'Customer.Email')"));
        }

        [Fact]
        public async Task SerilogLoggerInstance_ForContextAndPushProperty_Report()
        {
            string source = """
                using Serilog;
                using Serilog.Context;

                public sealed class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.Warning("Phone {Phone} rejected", {|#0:customer.Phone|});
                        ILogger scoped = logger.ForContext("Email", {|#1:customer.Email|});
                        using (LogContext.PushProperty("Email", {|#2:customer.Email|}))
                        using (LogContext.PushProperty("Plan", customer.Plan))
                        {
                            scoped.Information("Plan {Plan}", customer.Plan);
                        }
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Phone", "ILogger.Warning", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Email", "ILogger.ForContext", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.Email", "LogContext.PushProperty", ""));
        }

        [Fact]
        public async Task NLogLogger_PersonalData_Reports()
        {
            string source = """
                using NLog;

                public sealed class Service
                {
                    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                    public void Run(Customer customer)
                    {
                        Logger.Info("Customer {Email}", {|#0:customer.Email|});
                        Logger.Info("Customer on plan {Plan}", customer.Plan);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Logger.Info", ""));
        }

        [Fact]
        public async Task Log4NetLog_PersonalData_Reports()
        {
            string source = """
                using log4net;

                public sealed class Service
                {
                    private static readonly ILog Log = LogManager.GetLogger(typeof(Service));

                    public void Run(Customer customer)
                    {
                        Log.InfoFormat("Customer {0}", {|#0:customer.Email|});
                        Log.Info("Customer " + {|#1:customer.Phone|});
                        Log.Info("Plan " + customer.Plan);
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILog.InfoFormat", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "ILog.Info", ""));
        }

        [Fact]
        public async Task ConsoleDebugTrace_PersonalData_Report()
        {
            string source = """
                using System;
                using System.Diagnostics;

                public sealed class Service
                {
                    public void Run(Customer customer)
                    {
                        Console.WriteLine($"Customer {{|#0:customer.Email|}}");
                        Debug.WriteLine({|#1:customer.Phone|});
                        Trace.TraceInformation("Customer {0}", {|#2:customer.CustomerNumber|});
                        Console.WriteLine($"Plan {customer.Plan}");
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "Console.WriteLine", ""),
                Verify.Diagnostic().WithLocation(1).WithArguments("Customer.Phone", "Debug.WriteLine", ""),
                Verify.Diagnostic().WithLocation(2).WithArguments("Customer.CustomerNumber", "Trace.TraceInformation", ""));
        }

        [Fact]
        public async Task ConsoleWrite_OptionOff_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;

                    public sealed class Service
                    {
                        public void Run(Customer customer) => Console.WriteLine($"Your e-mail is {customer.Email}");
                    }
                    """ + Customers.Marked,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.console_is_log_sink = false")));
            await test.RunAsync();
        }

        [Fact]
        public async Task ConsoleWrite_RuleSpecificOptionWinsOverShared_Reports()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;

                    public sealed class Service
                    {
                        public void Run(Customer customer) => Console.WriteLine({|GDPR001:customer.Email|});
                    }
                    """ + Customers.Marked,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ConfigFiles.EditorConfig("gdpr.console_is_log_sink = false", "gdpr.GDPR001.console_is_log_sink = true")));
            await test.RunAsync();
        }

        [Fact]
        public async Task NonSinkCalls_PersonalData_NoDiagnostic()
        {
            string source = """
                using System.Collections.Generic;
                using System.Text;

                public sealed class Service
                {
                    public string Run(Customer customer, List<string> list)
                    {
                        list.Add(customer.Email);
                        return new StringBuilder().Append(customer.Email).ToString();
                    }
                }
                """ + Customers.Marked;

            await Verify.VerifyAnalyzerAsync(source);
        }

        internal const string GeneratedLoggerMessage = """
            // <auto-generated/>
            // Stands in for the output of Microsoft.Extensions.Logging's source generator, which the test harness does not run.
            #nullable enable
            public static partial class Log
            {
                public static partial void Welcome(global::Microsoft.Extensions.Logging.ILogger logger, string email, int visits)
                {
                    global::Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Welcome {Email} ({Visits} visits)", email, visits);
                }
            }
            """;
    }
}
