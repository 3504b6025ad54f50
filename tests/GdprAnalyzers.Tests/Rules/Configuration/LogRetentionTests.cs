using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.LogRetentionAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR021: log file sinks configured in code to keep their files without a retention limit.</summary>
    public sealed class LogRetentionTests
    {
        private const string NeverRolls = "writes one file that never rolls (no rollingInterval, no rollOnFileSizeLimit)";
        private const string KeepsEveryFile = "keeps every rolled file (retainedFileCountLimit: null, no retainedFileTimeLimit)";
        private const string NoArchiveLimit = "sets neither MaxArchiveFiles nor MaxArchiveDays";

        private static DiagnosticResult Unlimited(int location, string name, string reason) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(name, reason);

        [Fact]
        public async Task SerilogFile_NeverRolls_Reported()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using Serilog;

                public static class Logging
                {
                    public static ILogger Create() => new LoggerConfiguration()
                        .WriteTo.{|#0:File("logs/app.txt")|}
                        .WriteTo.{|#1:File("logs/app.txt", rollingInterval: RollingInterval.Infinite, retainedFileCountLimit: 10)|}
                        .CreateLogger();
                }
                """,
                Unlimited(0, "WriteTo.File()", NeverRolls),
                Unlimited(1, "WriteTo.File()", NeverRolls));
        }

        [Fact]
        public async Task SerilogFile_RollsWithTheDefaultLimitOrAnExplicitOne_NoDiagnostic()
        {
            // Serilog keeps 31 rolled files unless told otherwise.
            await Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Serilog;

                public static class Logging
                {
                    public static ILogger Create(int? configuredLimit) => new LoggerConfiguration()
                        .WriteTo.File("logs/app.txt", rollingInterval: RollingInterval.Day)
                        .WriteTo.File("logs/app.txt", rollOnFileSizeLimit: true, retainedFileCountLimit: 7)
                        .WriteTo.File("logs/app.txt", rollingInterval: RollingInterval.Day, retainedFileCountLimit: null, retainedFileTimeLimit: TimeSpan.FromDays(30))
                        .WriteTo.File("logs/app.txt", rollingInterval: RollingInterval.Day, retainedFileCountLimit: configuredLimit)
                        .CreateLogger();
                }
                """);
        }

        [Fact]
        public async Task SerilogFile_RetainedFileCountLimitNull_Reported()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using Serilog;

                public static class Logging
                {
                    public static ILogger Create() => new LoggerConfiguration()
                        .WriteTo.{|#0:File("logs/app.txt", rollingInterval: RollingInterval.Day, retainedFileCountLimit: null)|}
                        .CreateLogger();
                }
                """,
                Unlimited(0, "WriteTo.File()", KeepsEveryFile));
        }

        [Fact]
        public async Task SerilogFile_InASubLogger_Reported()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using Serilog;

                public static class Logging
                {
                    public static ILogger Create() => new LoggerConfiguration()
                        .WriteTo.Logger(sub => sub.WriteTo.{|#0:File("logs/app.txt", rollingInterval: RollingInterval.Hour, retainedFileCountLimit: null)|})
                        .CreateLogger();
                }
                """,
                Unlimited(0, "WriteTo.File()", KeepsEveryFile));
        }

        [Fact]
        public async Task NLogFileTarget_NoArchiveLimit_Reported()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using NLog.Targets;

                public static class Logging
                {
                    public static FileTarget Create() => {|#0:new FileTarget("file")|}
                    {
                        FileName = "logs/${shortdate}.log",
                        ArchiveEvery = FileArchivePeriod.Day,
                        MaxArchiveFiles = 0,
                    };
                }
                """,
                Unlimited(0, "new FileTarget", NoArchiveLimit));
        }

        [Fact]
        public async Task NLogFileTarget_ArchiveLimitInInitializerOrOnTheLocal_NoDiagnostic()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using NLog.Targets;

                public static class Logging
                {
                    public static FileTarget ByFiles() => new FileTarget("file") { FileName = "app.log", MaxArchiveFiles = 14 };

                    public static FileTarget ByDays()
                    {
                        var target = new FileTarget("file") { FileName = "app.log" };
                        target.MaxArchiveDays = 30;
                        return target;
                    }
                }
                """);
        }

        [Fact]
        public async Task NoLoggingLibrary_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public static class Logging
                    {
                        public static void Write(string line) => System.IO.File.AppendAllText("app.log", line);
                    }
                    """,
                ReferenceAssemblies = Verifiers.TestReferences.Net80,
            };
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task TestProject_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Serilog;

                    public static class Logging
                    {
                        public static ILogger Create() => new LoggerConfiguration().WriteTo.File("logs/test.txt").CreateLogger();
                    }
                    """,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ConfigFiles.GlobalConfig("build_property.IsTestProject = true")));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                // <auto-generated/>
                using Serilog;

                public static class Logging
                {
                    public static ILogger Create() => new LoggerConfiguration().WriteTo.File("logs/app.txt").CreateLogger();
                }
                """);
        }
    }
}
