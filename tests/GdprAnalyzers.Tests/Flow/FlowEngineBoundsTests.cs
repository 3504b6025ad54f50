using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using GdprAnalyzers.Tests.Fixtures;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.PersonalDataLoggedAnalyzer,
    GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>
    /// The flow engine's bounds (docs/flow-engine.md, "Bounds"): type graphs that come back to themselves, recursion
    /// and deep helper chains end with the documented answer, and the answer does not depend on which file is analysed
    /// first (the IDE analyses one open file, the build all of them).
    /// </summary>
    public sealed class FlowEngineBoundsTests
    {
        /// <summary>The shared case SelfEnumeratingType: a value whose type is a sequence of itself, logged. It used to
        /// overflow the stack and kill the compiler.</summary>
        [Fact]
        public async Task SelfEnumeratingType_Logged_OnlyPersonalDataReported()
        {
            string code = """
                using System.Collections;
                using System.Collections.Generic;
                using Microsoft.Extensions.Logging;

                public sealed class MenuNode : IEnumerable<MenuNode>
                {
                    private readonly List<MenuNode> children = new();
                    public string Title { get; set; } = "";
                    public IEnumerator<MenuNode> GetEnumerator() => children.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class MenuService
                {
                    public MenuNode Root() => new MenuNode { Title = "Home" };

                    public MenuNode Echo(MenuNode node) => node;

                    public void Render(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("Menu {Menu}", Root());
                        logger.LogInformation("Menu {@Menu}", Echo(Root()));
                        logger.LogInformation("Menu {Title}", Root().Title);
                        logger.LogInformation("Menu for {Customer}", {|#0:customer.Email|});
                    }
                }
                """ + Customers.MarkedEmail;
            await Verify.VerifyAnalyzerAsync(code, Verify.Diagnostic().WithLocation(0).WithArguments("Customer.Email", "ILogger.LogInformation", ""));
        }

        /// <summary>Two types that are sequences of each other, one of them marked: the marked one's sequence is personal
        /// data; the walk down the element types ends where it comes back.</summary>
        [Fact]
        public async Task MutuallyEnumeratingTypes_MarkedElement_Reported()
        {
            string code = """
                using System.Collections;
                using System.Collections.Generic;
                using Microsoft.Extensions.Logging;

                public sealed class Thread : IEnumerable<Post>
                {
                    public IEnumerator<Post> GetEnumerator() => new List<Post>().GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [GdprAnalyzers.Annotations.PersonalData]
                public sealed class Post : IEnumerable<Thread>
                {
                    public IEnumerator<Thread> GetEnumerator() => new List<Thread>().GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Cycle : IEnumerable<Loop>
                {
                    public IEnumerator<Loop> GetEnumerator() => new List<Loop>().GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Loop : IEnumerable<Cycle>
                {
                    public IEnumerator<Cycle> GetEnumerator() => new List<Cycle>().GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }

                public sealed class Forum
                {
                    public void Show(ILogger logger, Thread thread, Cycle cycle)
                    {
                        logger.LogInformation("{Thread}", {|#0:thread|});
                        logger.LogInformation("{Cycle}", cycle);
                    }
                }
                """;
            await Verify.VerifyAnalyzerAsync(code, Verify.Diagnostic().WithLocation(0).WithArguments("thread", "ILogger.LogInformation", ""));
        }

        /// <summary>Direct and mutual recursion: the recursion is unrolled and its base case still returns the argument.</summary>
        [Fact]
        public async Task RecursiveHelpers_ResultFollowed()
        {
            string code = """
                using Microsoft.Extensions.Logging;

                public sealed class Texts
                {
                    public static string Echo(string text, int times) => times == 0 ? text : Echo(text, times - 1);

                    public static string Even(string text, int n) => n > 0 ? Odd(text, n - 1) : text;

                    public static string Odd(string text, int n) => Even(text, n);

                    public static string Plan(Customer customer, int n) => n > 0 ? Plan(customer, n - 1) : customer.Plan;

                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{A}", {|#0:Echo(customer.Email, 3)|});
                        logger.LogInformation("{B}", {|#1:Odd(customer.Email, 3)|});
                        logger.LogInformation("{C}", Plan(customer, 3));
                    }
                }
                """ + Customers.MarkedEmail;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Texts.Echo()", "ILogger.LogInformation", " (from 'Customer.Email')"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Texts.Odd()", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        /// <summary>A chain of helpers, each returning the next one's result: followed through
        /// <see cref="MethodSummaries.MaxHeight"/> nested calls below the called method, not one more.</summary>
        [Fact]
        public async Task HelperChain_FollowedToMaxHeight_NotBeyond()
        {
            string Chain(string prefix, int length) => string.Concat(Enumerable.Range(1, length).Select(i =>
                i < length
                    ? $"    public static string {prefix}{i}(string s) => {prefix}{i + 1}(s);\n"
                    : $"    public static string {prefix}{i}(string s) => s;\n"));
            string code = "using Microsoft.Extensions.Logging;\n\npublic static class Helpers\n{\n"
                + Chain("Within", MethodSummaries.MaxHeight + 1)
                + Chain("Beyond", MethodSummaries.MaxHeight + 2)
                + """
                    public static void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{A}", {|#0:Within1(customer.Email)|});
                        logger.LogInformation("{B}", Beyond1(customer.Email));
                    }
                }
                """ + Customers.MarkedEmail;
            await Verify.VerifyAnalyzerAsync(
                code,
                Verify.Diagnostic().WithLocation(0).WithArguments("Helpers.Within1()", "ILogger.LogInformation", " (from 'Customer.Email')"));
        }

        /// <summary>Mutually recursive helpers in two files: analysing one file first, the other first, or the whole
        /// compilation gives the same findings (an engine that cached a summary cut short at the recursion would not).</summary>
        [Fact]
        public async Task MutualRecursionAcrossFiles_SameFindingsWhateverIsAnalysedFirst()
        {
            string first = """
                using Microsoft.Extensions.Logging;

                public static class First
                {
                    public static string Pass(string text, int n) => Second.Back(text, n);

                    public static void Log(ILogger logger, Customer customer) => logger.LogInformation("{A}", Pass(customer.Email, 2));
                }
                """ + Customers.MarkedEmail;
            string second = """
                using Microsoft.Extensions.Logging;

                public static class Second
                {
                    public static string Back(string text, int n) => n > 0 ? First.Pass(text, n - 1) : text;

                    public static void Log(ILogger logger, Customer customer) => logger.LogInformation("{B}", Back(customer.Email, 2));
                }
                """;
            ImmutableArray<DiagnosticAnalyzer> analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataLoggedAnalyzer());
            AnalyzerOptions options = AnalyzerHarness.OptionsWith(new Dictionary<string, string>());

            async Task<string[]> AnalyseInOrder(params int[] order)
            {
                SyntaxTree[] trees =
                {
                    CSharpSyntaxTree.ParseText(first, AnalyzerHarness.ParseOptions, path: "First.cs"),
                    CSharpSyntaxTree.ParseText(second, AnalyzerHarness.ParseOptions, path: "Second.cs"),
                };
                CSharpCompilation compilation = await AnalyzerHarness.CreateCompilationAsync("Recursion", trees);
                var found = new List<string>();
                foreach (int index in order)
                {
                    HarnessResult result = await AnalyzerHarness.AnalyzeTreeAsync(compilation, trees[index], analyzers, options);
                    Assert.Empty(result.Failures);
                    found.AddRange(result.Diagnostics.Select(Describe));
                }

                return found.OrderBy(text => text, System.StringComparer.Ordinal).ToArray();
            }

            string[] firstThenSecond = await AnalyseInOrder(0, 1);
            string[] secondThenFirst = await AnalyseInOrder(1, 0);

            Assert.Equal(
                "GDPR001 First.cs(7,95): 'First.Pass()' is personal data (from 'Customer.Email') and reaches 'ILogger.LogInformation' unredacted\n"
                + "GDPR001 Second.cs(7,95): 'Second.Back()' is personal data (from 'Customer.Email') and reaches 'ILogger.LogInformation' unredacted",
                string.Join("\n", firstThenSecond));
            Assert.Equal(firstThenSecond, secondThenFirst);
        }

        private static string Describe(Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }
    }
}
