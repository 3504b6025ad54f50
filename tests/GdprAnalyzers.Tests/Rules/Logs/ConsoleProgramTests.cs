using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// GDPR001's page, "Configuration": when <c>gdpr.console_is_log_sink</c> is not set, the console is a log in
    /// services and libraries, and the user interface of a console application without ASP.NET Core or the generic
    /// host (a console chatbot). What a program prints to its user is not reported, so <c>dotnet format</c> never
    /// replaces a chatbot's answer with a pseudonym.
    /// </summary>
    public sealed class ConsoleProgramTests
    {
        private const string Chatbot = """
            using System;
            using GdprAnalyzers.Annotations;

            public sealed class ChatMessage
            {
                [PersonalData] public string Text { get; set; } = "";
            }

            public sealed class Bot
            {
                private readonly ChatMessage last = new();

                public string Echo()
                {
                    string answer = "You said: " + last.Text;
                    return answer;
                }
            }

            public static class Program
            {
                public static void Main() => Console.WriteLine({|#0:new Bot().Echo()|});
            }
            """;

        [Fact]
        public async Task ConsoleApplication_OptionUnset_ConsoleIsItsInterface_NotReported()
        {
            var test = new Verify.Test { TestCode = Chatbot.Replace("{|#0:", "").Replace("|})", ")") };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            await test.RunAsync();
        }

        [Fact]
        public async Task ConsoleApplication_OptionTrue_Reported()
        {
            var test = new Verify.Test { TestCode = Chatbot };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ngdpr.console_is_log_sink = true\n"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Bot.Echo()", "Console.WriteLine", " (from 'ChatMessage.Text')"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Library_OptionUnset_ConsoleIsALog_Reported()
        {
            var test = new Verify.Test { TestCode = Chatbot };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Bot.Echo()", "Console.WriteLine", " (from 'ChatMessage.Text')"));
            await test.RunAsync();
        }

        [Fact]
        public async Task WebApplication_OptionUnset_ConsoleIsTheContainerLog_Reported()
        {
            var test = new Verify.Test { TestCode = Chatbot, ReferenceAssemblies = Verifiers.TestReferences.Net80AspNetCore };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Bot.Echo()", "Console.WriteLine", " (from 'ChatMessage.Text')"));
            await test.RunAsync();
        }
    }
}
