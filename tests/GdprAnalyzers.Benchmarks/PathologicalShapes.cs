using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>
    /// Code shapes that stress one part of an analyzer, each compiled alone with a small model: one method with
    /// thousands of logger calls, a thousand call sites into one summarised logger wrapper, a long string concatenation
    /// passed to a logger, a method of ten thousand lines, and lambdas nested deep inside a logged value.
    /// </summary>
    public static class PathologicalShapes
    {
        /// <summary>The shapes' names, in the order the benchmark runs them.</summary>
        public static IReadOnlyList<string> Names { get; } = new[] { "logger-calls", "helper-call-sites", "concatenation", "long-method", "nested-lambdas" };

        /// <summary>The full size of each shape (the numbers) and the smoke test's.</summary>
        public static int DefaultSize(string name, bool smoke) => (name, smoke) switch
        {
            ("logger-calls", false) => 2000,
            ("helper-call-sites", false) => 1000,
            ("concatenation", false) => 500,
            ("long-method", false) => 10000,
            ("nested-lambdas", false) => 40,
            ("logger-calls", true) => 100,
            ("helper-call-sites", true) => 50,
            ("concatenation", true) => 50,
            ("long-method", true) => 500,
            ("nested-lambdas", true) => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        /// <summary>What <paramref name="size"/> counts for a shape.</summary>
        public static string Describe(string name, int size) => name switch
        {
            "logger-calls" => $"one method with {size:N0} logger calls",
            "helper-call-sites" => $"{size:N0} call sites into one summarised logger wrapper",
            "concatenation" => $"a {size:N0}-term string concatenation logged",
            "long-method" => $"a {size:N0}-line method",
            "nested-lambdas" => $"lambdas nested {size:N0} deep in a logged value",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        /// <summary>The shape's files (the shared model and the shape itself).</summary>
        public static GeneratedProject Generate(string name, int size)
        {
            string code = name switch
            {
                "logger-calls" => LoggerCalls(size),
                "helper-call-sites" => HelperCallSites(size),
                "concatenation" => Concatenation(size),
                "long-method" => LongMethod(size),
                "nested-lambdas" => NestedLambdas(size),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
            var files = new[] { new GeneratedFile("Model.cs", Model), new GeneratedFile(name + ".cs", code) };
            return new GeneratedProject(
                name,
                files,
                Methods: 0,
                Lines: files.Sum(file => SyntheticProject.CountLines(file.Text)),
                PlannedFindings: new Dictionary<string, int>());
        }

        private const string Model = """
            using System.Collections.Generic;
            using GdprAnalyzers.Annotations;

            namespace Shapes
            {
                public sealed class Customer
                {
                    public int Id { get; set; }
                    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Identity)] public string FullName { get; set; } = "";
                    public string Plan { get; set; } = "basic";
                    public List<Order> Orders { get; set; } = new();
                }

                public sealed class Order
                {
                    public int Id { get; set; }
                    public decimal Total { get; set; }
                    public string Status { get; set; } = "open";
                }
            }
            """;

        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using GdprAnalyzers.Annotations;
            using Microsoft.Extensions.Logging;

            namespace Shapes
            {

            """;

        /// <summary>One method, <paramref name="calls"/> logger calls; one in ten logs an e-mail.</summary>
        private static string LoggerCalls(int calls)
        {
            var code = new StringBuilder(Usings);
            code.AppendLine("    public sealed class Report");
            code.AppendLine("    {");
            code.AppendLine("        public void Write(ILogger<Report> logger, Customer customer, Order order)");
            code.AppendLine("        {");
            for (int i = 0; i < calls; i++)
            {
                code.AppendLine(i % 10 == 9
                    ? $"            logger.LogInformation(\"Step {{Step}} for {{Email}}\", {i}, customer.Email);"
                    : $"            logger.LogInformation(\"Step {{Step}} for order {{OrderId}} in {{Status}}\", {i}, order.Id, order.Status);");
            }

            code.AppendLine("        }");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        /// <summary>A logger wrapper whose summary says its parameter reaches a log, called from
        /// <paramref name="sites"/> places in 20 methods; one call in ten passes an e-mail.</summary>
        private static string HelperCallSites(int sites)
        {
            var code = new StringBuilder(Usings);
            code.AppendLine("    public sealed class Activity");
            code.AppendLine("    {");
            code.AppendLine("        private readonly ILogger<Activity> logger;");
            code.AppendLine();
            code.AppendLine("        public Activity(ILogger<Activity> logger) => this.logger = logger;");
            code.AppendLine();
            code.AppendLine("        private void Record(string label, string value)");
            code.AppendLine("        {");
            code.AppendLine("            string line = label + \": \" + value;");
            code.AppendLine("            logger.LogInformation(\"Activity {Line}\", line);");
            code.AppendLine("        }");
            int methods = 20;
            int perMethod = (sites + methods - 1) / methods;
            int written = 0;
            for (int method = 0; method < methods && written < sites; method++)
            {
                code.AppendLine();
                code.AppendLine($"        public void Track{method}(Customer customer, Order order)");
                code.AppendLine("        {");
                for (int i = 0; i < perMethod && written < sites; i++, written++)
                {
                    code.AppendLine(written % 10 == 9
                        ? $"            Record(\"contact {written}\", customer.Email);"
                        : $"            Record(\"status {written}\", order.Status);");
                }

                code.AppendLine("        }");
            }

            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        /// <summary>A logger call whose message is one <c>+</c> chain of <paramref name="terms"/> terms, the e-mail among
        /// them near the start, the middle and the end.</summary>
        private static string Concatenation(int terms)
        {
            var code = new StringBuilder(Usings);
            code.AppendLine("    public sealed class Statement");
            code.AppendLine("    {");
            code.AppendLine("        public void Write(ILogger<Statement> logger, Customer customer, Order order)");
            code.AppendLine("        {");
            code.Append("            logger.LogInformation(\"Statement: \"");
            var personal = new HashSet<int> { 1, terms / 2, terms - 2 };
            for (int i = 0; i < terms - 1; i++)
            {
                code.Append("\n                + ");
                code.Append(personal.Contains(i) ? "customer.Email" : i % 3 == 0 ? "order.Status" : i % 3 == 1 ? "\" / \"" : "order.Id");
            }

            code.AppendLine(");");
            code.AppendLine("        }");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        /// <summary>One method of about <paramref name="lines"/> lines: locals declared, a message local reassigned
        /// again and again, branches, loops and logger calls, with personal data flowing in now and then.</summary>
        private static string LongMethod(int lines)
        {
            var code = new StringBuilder(Usings);
            code.AppendLine("    public sealed class Batch");
            code.AppendLine("    {");
            code.AppendLine("        public decimal Run(ILogger<Batch> logger, Customer customer, Order order)");
            code.AppendLine("        {");
            code.AppendLine("            decimal total = 0;");
            code.AppendLine("            string message = \"start\";");
            int written = 2;
            for (int i = 0; written < lines; i++)
            {
                // Ten lines per block.
                code.AppendLine($"            string s{i} = order.Status + \"{i}\";");
                code.AppendLine($"            total += order.Total * {i % 7 + 1};");
                code.AppendLine(i % 50 == 25
                    ? $"            message = message + customer.Email;"
                    : $"            message = message + s{i};");
                code.AppendLine($"            if (total > {i * 10})");
                code.AppendLine("            {");
                code.AppendLine($"                logger.LogDebug(\"Block {{Block}}: {{Status}}\", {i}, s{i});");
                code.AppendLine("            }");
                code.AppendLine(i % 20 == 19
                    ? "            logger.LogInformation(\"So far: {Message}\", message);"
                    : $"            var n{i} = customer.Orders.Count(o => o.Total > {i});");
                code.AppendLine($"            if (n{(i % 20 == 19 ? i - 1 : i)} > {i}) {{ total -= 1; }}");
                code.AppendLine();
                written += 10;
            }

            code.AppendLine("            return total;");
            code.AppendLine("        }");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        /// <summary>A logged value built by <paramref name="depth"/> lambdas, each passed to a helper and each calling the
        /// next; the innermost returns no personal data (so nothing ends the search early), and the e-mail is logged
        /// from the innermost body.</summary>
        private static string NestedLambdas(int depth)
        {
            var code = new StringBuilder(Usings);
            code.AppendLine("    public sealed class Pipeline");
            code.AppendLine("    {");
            code.AppendLine("        private static string Apply(Func<string, string> step) => step(\"seed\");");
            code.AppendLine();
            code.AppendLine("        public void Run(ILogger<Pipeline> logger, Customer customer)");
            code.AppendLine("        {");
            code.Append("            logger.LogInformation(\"Result {Result}\", ");
            for (int i = 0; i < depth; i++)
            {
                code.Append(CultureInfo.InvariantCulture, $"Apply(a{i} => ");
            }

            code.Append("{ logger.LogDebug(\"Innermost for {Email}\", customer.Email); return a0.Length.ToString(); }");
            code.Append(new string(')', depth));
            code.AppendLine(");");
            code.AppendLine("        }");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }
    }
}
