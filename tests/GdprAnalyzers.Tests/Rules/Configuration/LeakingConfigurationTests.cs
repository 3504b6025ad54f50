using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.LeakingConfigurationAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR020: settings that write personal data or credentials to logs or error pages, and the guards that
    /// restrict them to development.</summary>
    public sealed class LeakingConfigurationTests
    {
        private const string SensitiveDataLogging = "makes EF Core write the values of query parameters to its logs";

        [Fact]
        public async Task EnableSensitiveDataLogging_Unguarded_ReportedAtTheCall()
        {
            await RunAsync(
                """
                using Microsoft.EntityFrameworkCore;

                public sealed class ShopContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseInMemoryDatabaseStandIn().{|#0:EnableSensitiveDataLogging()|};
                }

                public static class Builders
                {
                    public static DbContextOptionsBuilder UseInMemoryDatabaseStandIn(this DbContextOptionsBuilder builder) => builder;
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging));
        }

        [Fact]
        public async Task EnableSensitiveDataLogging_TrueOrFalseOrFromTheEnvironment_OnlyTrueReported()
        {
            await RunAsync(
                """
                using Microsoft.EntityFrameworkCore;

                public static class Setup
                {
                    public static void Configure(DbContextOptionsBuilder<DbContext> options, bool development)
                    {
                        options.{|#0:EnableSensitiveDataLogging(true)|};
                        options.EnableSensitiveDataLogging(false);
                        options.EnableSensitiveDataLogging(development);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging));
        }

        [Fact]
        public async Task EnableSensitiveDataLogging_GuardedByIfIsDevelopmentOrConfiguration_NoDiagnostic()
        {
            await RunAsync(
                """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.Hosting;

                public sealed class DatabaseSettings
                {
                    public bool LogParameterValues { get; set; }
                }

                public static class Setup
                {
                    public static void Configure(DbContextOptionsBuilder options, IHostEnvironment environment, IConfiguration configuration, DatabaseSettings settings)
                    {
                        if (environment.IsDevelopment())
                        {
                            options.EnableSensitiveDataLogging();
                        }

                        if (environment.IsEnvironment("Development") && options.IsConfigured)
                        {
                            options.EnableSensitiveDataLogging();
                        }

                        if (configuration.GetValue<bool>("Database:LogParameterValues"))
                        {
                            options.EnableSensitiveDataLogging();
                        }

                        if (settings.LogParameterValues)
                        {
                            options.EnableSensitiveDataLogging();
                        }

                        if (!environment.IsDevelopment())
                        {
                            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
                        }
                        else
                        {
                            options.EnableSensitiveDataLogging();
                        }
                    }
                }
                """);
        }

        [Fact]
        public async Task EnableSensitiveDataLogging_InTheWrongBranchOrAfterTheGuard_Reported()
        {
            await RunAsync(
                """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Hosting;

                public static class Setup
                {
                    public static void Configure(DbContextOptionsBuilder options, IHostEnvironment environment)
                    {
                        if (!environment.IsDevelopment())
                        {
                            options.{|#0:EnableSensitiveDataLogging()|};
                        }

                        if (environment.IsDevelopment() || environment.IsProduction())
                        {
                            options.{|#1:EnableSensitiveDataLogging()|};
                        }

                        if (environment.IsDevelopment())
                        {
                            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
                        }

                        options.{|#2:EnableSensitiveDataLogging()|};
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging),
                Verify.Diagnostic().WithLocation(1).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging),
                Verify.Diagnostic().WithLocation(2).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging));
        }

        [Fact]
        public async Task EnableSensitiveDataLogging_AfterAnEarlyReturnOutsideDevelopment_NoDiagnostic()
        {
            await RunAsync(
                """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Hosting;

                public static class Setup
                {
                    public static void Configure(DbContextOptionsBuilder options, IHostEnvironment environment)
                    {
                        if (!environment.IsDevelopment())
                        {
                            return;
                        }

                        options.EnableSensitiveDataLogging();
                    }
                }
                """);
        }

        [Fact]
        public async Task EnableSensitiveDataLogging_InADebugRegion_NoDiagnostic_AndOutsideIt_Reported()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.EntityFrameworkCore;

                    public static class Setup
                    {
                        public static void Configure(DbContextOptionsBuilder options)
                        {
                    #if DEBUG
                            options.EnableSensitiveDataLogging();
                    #endif
                            options.{|#0:EnableSensitiveDataLogging()|};
                        }
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages,
            };

            // The region is active, as in a Debug build: the analyzer sees the call inside it and must leave it alone.
            test.SolutionTransforms.Add((solution, projectId) =>
                solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithPreprocessorSymbols("DEBUG")));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging));
            await test.RunAsync();
        }

        [Fact]
        public async Task UseDeveloperExceptionPage_UnguardedReported_InConfigureDevelopmentOrGuardedNot()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Hosting;
                using Microsoft.Extensions.Hosting;

                public sealed class Startup
                {
                    public void Configure(IApplicationBuilder app, IWebHostEnvironment environment)
                    {
                        app.{|#0:UseDeveloperExceptionPage()|};
                        if (environment.IsDevelopment())
                        {
                            app.UseDeveloperExceptionPage();
                        }
                    }

                    public void ConfigureDevelopment(IApplicationBuilder app) => app.UseDeveloperExceptionPage();
                }
                """,
                Verifiers.TestReferences.Net80AspNetCore,
                Verify.Diagnostic().WithLocation(0).WithArguments("UseDeveloperExceptionPage()", "shows the request's headers, cookies and query string on error pages"));
        }

        [Fact]
        public async Task HttpLogging_BodiesQueryAndCredentialHeaders_Reported_OtherFieldsAndHeadersNot()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.HttpLogging;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Net.Http.Headers;

                public static class Setup
                {
                    public static void Configure(IServiceCollection services)
                    {
                        services.AddHttpLogging(options =>
                        {
                            {|#0:options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.RequestBody|};
                            options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.ResponseStatusCode;
                            {|#1:options.LoggingFields |= HttpLoggingFields.RequestQuery|};
                            options.{|#2:RequestHeaders.Add("Authorization")|};
                            options.{|#3:ResponseHeaders.Add(HeaderNames.SetCookie)|};
                            options.{|#4:RequestHeaders.Add("X-Api-Key")|};
                            options.RequestHeaders.Add("X-Request-Id");
                            options.RequestHeaders.Add("X-Token-Type");
                            options.{|#7:ResponseHeaders.Add("X-Auth-Token")|};
                        });
                        services.AddW3CLogging(options =>
                        {
                            {|#5:options.LoggingFields = W3CLoggingFields.All|};
                            options.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.Method;
                            options.{|#6:AdditionalRequestHeaders.Add("Cookie")|};
                        });
                    }
                }
                """,
                Verifiers.TestReferences.Net80AspNetCore,
                Verify.Diagnostic().WithLocation(0).WithArguments("LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.RequestBody", "makes HTTP logging write RequestBody"),
                Verify.Diagnostic().WithLocation(1).WithArguments("LoggingFields = HttpLoggingFields.RequestQuery", "makes HTTP logging write RequestQuery"),
                Verify.Diagnostic().WithLocation(2).WithArguments("RequestHeaders.Add(\"Authorization\")", "makes HTTP logging write the 'Authorization' header, a credential"),
                Verify.Diagnostic().WithLocation(3).WithArguments("ResponseHeaders.Add(\"Set-Cookie\")", "makes HTTP logging write the 'Set-Cookie' header, a credential"),
                Verify.Diagnostic().WithLocation(4).WithArguments("RequestHeaders.Add(\"X-Api-Key\")", "makes HTTP logging write the 'X-Api-Key' header, a credential"),
                Verify.Diagnostic().WithLocation(5).WithArguments("LoggingFields = W3CLoggingFields.All", "makes W3C logging write Cookie and UriQuery"),
                Verify.Diagnostic().WithLocation(6).WithArguments("AdditionalRequestHeaders.Add(\"Cookie\")", "makes HTTP logging write the 'Cookie' header, a credential"),
                Verify.Diagnostic().WithLocation(7).WithArguments("ResponseHeaders.Add(\"X-Auth-Token\")", "makes HTTP logging write the 'X-Auth-Token' header, a credential"));
        }

        [Fact]
        public async Task IdentityModelShowPiiAndSentrySendDefaultPii_True_Reported_FromTheEnvironmentNot()
        {
            await RunAsync(
                """
                using Microsoft.IdentityModel.Logging;
                using Sentry;

                // A stand-in for Sentry's options and entry point, with the same metadata names: the served Sentry
                // packages (6.x, 7.0) add a source generator to any project that references them, whatever its assets
                // say, and 7.0 has no .NET 8 build.
                namespace Sentry
                {
                    public class SentryOptions
                    {
                        public string? Dsn { get; set; }
                        public bool SendDefaultPii { get; set; }
                    }

                    public static class SentrySdk
                    {
                        public static void Init(System.Action<SentryOptions> configure) => configure(new SentryOptions());
                    }
                }

                public static class Setup
                {
                    public static void Configure(bool development)
                    {
                        {|#0:IdentityModelEventSource.ShowPII = true|};
                        {|#1:IdentityModelEventSource.LogCompleteSecurityArtifact = true|};
                        IdentityModelEventSource.ShowPII = development;
                        SentrySdk.Init(options =>
                        {
                            options.Dsn = "https://key@example.invalid/1";
                            {|#2:options.SendDefaultPii = true|};
                        });
                        SentrySdk.Init(options => options.SendDefaultPii = false);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("IdentityModelEventSource.ShowPII = true", "makes Microsoft.IdentityModel write personal data into its logs and exception messages"),
                Verify.Diagnostic().WithLocation(1).WithArguments("IdentityModelEventSource.LogCompleteSecurityArtifact = true", "makes Microsoft.IdentityModel write whole security tokens to its logs"),
                Verify.Diagnostic().WithLocation(2).WithArguments("SendDefaultPii = true", "makes Sentry send the user's IP address, user name, cookies and request headers with every event"));
        }

        [Fact]
        public async Task GeneratedCode_Ignored_HandWrittenCodeReported()
        {
            var test = new Verify.Test { ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages };
            test.TestState.Sources.Add(("Context.g.cs", """
                // <auto-generated/>
                using Microsoft.EntityFrameworkCore;

                public static class ScaffoldedSetup
                {
                    public static void Configure(DbContextOptionsBuilder options) => options.EnableSensitiveDataLogging();
                }
                """));
            test.TestState.Sources.Add(("Setup.cs", """
                using System.CodeDom.Compiler;
                using Microsoft.EntityFrameworkCore;

                [GeneratedCode("dotnet-ef", "8.0")]
                public static class MarkedSetup
                {
                    public static void Configure(DbContextOptionsBuilder options) => options.EnableSensitiveDataLogging();
                }

                public static class Setup
                {
                    public static void Configure(DbContextOptionsBuilder options) => options.{|#0:EnableSensitiveDataLogging()|};
                }
                """));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("EnableSensitiveDataLogging()", SensitiveDataLogging));
            await test.RunAsync();
        }

        [Fact]
        public async Task TestProject_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Microsoft.EntityFrameworkCore;

                    public static class Fixture
                    {
                        public static void Configure(DbContextOptionsBuilder options) => options.EnableSensitiveDataLogging();
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80WithPackages,
            };
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Shop.Tests"));
            await test.RunAsync();
        }

        [Fact]
        public async Task LibraryNotReferenced_AMethodOfTheSameName_NoDiagnostic()
        {
            await RunAsync(
                """
                public sealed class DbContextOptionsBuilder
                {
                    public DbContextOptionsBuilder EnableSensitiveDataLogging() => this;
                }

                public static class Setup
                {
                    public static void Configure(DbContextOptionsBuilder options) => options.EnableSensitiveDataLogging();
                }
                """,
                Verifiers.TestReferences.Net80);
        }

        private static Task RunAsync(string code, params DiagnosticResult[] expected) =>
            RunAsync(code, Verifiers.TestReferences.Net80AspNetCoreWithPackages, expected);

        private static async Task RunAsync(string code, ReferenceAssemblies references, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = code, ReferenceAssemblies = references };
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }
    }
}
