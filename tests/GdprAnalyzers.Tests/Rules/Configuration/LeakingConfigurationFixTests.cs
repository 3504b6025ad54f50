using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.LeakingConfigurationAnalyzer,
    GdprAnalyzers.CodeFixes.LeakingConfigurationCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR020's fix: the setting restricted to development by the environment in scope, or to Debug builds.</summary>
    public sealed class LeakingConfigurationFixTests
    {
        [Fact]
        public async Task EnableSensitiveDataLogging_EnvironmentInScope_TakesIsDevelopmentAsArgument()
        {
            await RunAsync(
                """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Hosting;

                public sealed class ShopContext : DbContext
                {
                    private readonly IHostEnvironment environment;

                    public ShopContext(IHostEnvironment environment) => this.environment = environment;

                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.[|EnableSensitiveDataLogging()|].EnableDetailedErrors();
                }
                """,
                """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.Hosting;

                public sealed class ShopContext : DbContext
                {
                    private readonly IHostEnvironment environment;

                    public ShopContext(IHostEnvironment environment) => this.environment = environment;

                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.EnableSensitiveDataLogging(environment.IsDevelopment()).EnableDetailedErrors();
                }
                """);
        }

        [Fact]
        public async Task UseDeveloperExceptionPage_TopLevelProgram_WrappedInIfAppEnvironmentIsDevelopment()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.Hosting;

                WebApplication app = WebApplication.CreateBuilder(args).Build();
                app.[|UseDeveloperExceptionPage()|];
                app.Run();
                """,
                """
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.Hosting;

                WebApplication app = WebApplication.CreateBuilder(args).Build();
                if (app.Environment.IsDevelopment())
                {
                    app.UseDeveloperExceptionPage();
                }
                app.Run();
                """);
        }

        [Fact]
        public async Task ShowPii_NoEnvironment_WrappedInDebugRegion()
        {
            await RunAsync(
                """
                using Microsoft.IdentityModel.Logging;

                public static class TokenSetup
                {
                    public static void Configure()
                    {
                        [|IdentityModelEventSource.ShowPII = true|];
                    }
                }
                """,
                """
                using Microsoft.IdentityModel.Logging;

                public static class TokenSetup
                {
                    public static void Configure()
                    {
                #if DEBUG
                        IdentityModelEventSource.ShowPII = true;
                #endif
                    }
                }
                """);
        }

        [Fact]
        public async Task InstanceEnvironmentField_FromAStaticMethod_NotUsed_DebugRegionInstead()
        {
            await RunAsync(
                """
                using Microsoft.IdentityModel.Logging;
                using Microsoft.Extensions.Hosting;

                public sealed class TokenSetup
                {
                    private IHostEnvironment? environment;

                    public static void Configure()
                    {
                        [|IdentityModelEventSource.ShowPII = true|];
                    }
                }
                """,
                """
                using Microsoft.IdentityModel.Logging;
                using Microsoft.Extensions.Hosting;

                public sealed class TokenSetup
                {
                    private IHostEnvironment? environment;

                    public static void Configure()
                    {
                #if DEBUG
                        IdentityModelEventSource.ShowPII = true;
                #endif
                    }
                }
                """);
        }

        [Fact]
        public async Task ExpressionBodiedLambda_NoEnvironment_NoFixOffered()
        {
            string code = """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.DependencyInjection;

                public static class Setup
                {
                    public static void Configure(IServiceCollection services) =>
                        services.AddDbContext<DbContext>(options => options.[|EnableSensitiveDataLogging()|]);
                }
                """;
            await RunAsync(code, code);
        }

        [Fact]
        public async Task FixAll_EveryStatementOfTheDocument_Guarded()
        {
            await RunAsync(
                """
                using Microsoft.IdentityModel.Logging;

                public static class TokenSetup
                {
                    public static void Configure()
                    {
                        [|IdentityModelEventSource.ShowPII = true|];
                        [|IdentityModelEventSource.LogCompleteSecurityArtifact = true|];
                    }
                }
                """,
                """
                using Microsoft.IdentityModel.Logging;

                public static class TokenSetup
                {
                    public static void Configure()
                    {
                #if DEBUG
                        IdentityModelEventSource.ShowPII = true;
                #endif
                #if DEBUG
                        IdentityModelEventSource.LogCompleteSecurityArtifact = true;
                #endif
                    }
                }
                """);
        }

        private static async Task RunAsync(string code, string fixedCode)
        {
            var test = new Verify.Test
            {
                TestCode = code,
                FixedCode = fixedCode,
                ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCoreWithPackages,
                CodeActionEquivalenceKey = GdprAnalyzers.CodeFixes.LeakingConfigurationCodeFixProvider.GuardKey,
            };
            test.TestState.OutputKind = code.Contains("args") ? Microsoft.CodeAnalysis.OutputKind.ConsoleApplication : null;
            await test.RunAsync();
        }
    }
}
