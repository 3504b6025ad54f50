using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Benchmarks
{
    /// <summary>
    /// The command line. <c>dotnet run -c Release --project tests/GdprAnalyzers.Benchmarks -- [options]</c>:
    /// <list type="bullet">
    /// <item><c>--output PATH</c>: where the Markdown results go (default: benchmark-results.md in the output folder).</item>
    /// <item><c>--smoke</c>: the reduced run CI makes (tiny sizes, in this process).</item>
    /// <item><c>--sizes 1000,4000,16000</c>: method counts of the synthetic projects (<c>none</c>: no project).</item>
    /// <item><c>--shapes NAME[=SIZE],...</c>: pathological shapes (<c>all</c>, the default, or <c>none</c>).</item>
    /// <item><c>--passes N</c>: analysis passes per measurement, the last kept (default 2).</item>
    /// <item><c>--concurrent</c>: analyse and emit on several threads, as the compiler does.</item>
    /// <item><c>--in-process</c>: no process per measurement.</item>
    /// <item><c>--shape-timeout SECONDS</c>: stop a shape's process after this long (default 60).</item>
    /// <item><c>--only NAME,...</c>: run only these analyzers (type or assembly names), to profile them alone.</item>
    /// <item><c>--write-references PATH</c>, then <c>--measure KIND NAME SIZE WITHGDPR PASSES CONCURRENT PATH ONLY</c>: one
    /// measurement in this process, printed as JSON (what each measuring process does), e.g. under a profiler.</item>
    /// </list>
    /// </summary>
    public static class Program
    {
        internal static JsonSerializerOptions Json { get; } = new() { IncludeFields = true };

        public static async Task<int> Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            if (args.Length > 0 && args[0] == "--measure")
            {
                return await MeasureAsync(args).ConfigureAwait(false);
            }

            if (args.Length == 2 && args[0] == "--write-references")
            {
                // For profiling one measurement by hand: --measure ... reads this file.
                await File.WriteAllLinesAsync(args[1], await BenchmarkEnvironment.ResolveReferencePathsAsync(CancellationToken.None).ConfigureAwait(false)).ConfigureAwait(false);
                return 0;
            }

            BenchmarkOptions options;
            try
            {
                options = Parse(args);
            }
            catch (ArgumentException exception)
            {
                Console.Error.WriteLine(exception.Message);
                Console.Error.WriteLine("Usage: GdprAnalyzers.Benchmarks [--smoke] [--output PATH] [--sizes N,N,...|none] [--shapes all|none|NAME[=SIZE],...] [--passes N] [--concurrent] [--in-process] [--shape-timeout SECONDS] [--only ANALYZER|ASSEMBLY,...]");
                Console.Error.WriteLine("Shapes: " + string.Join(", ", PathologicalShapes.Names));
                return 2;
            }

            BenchmarkReport report = await BenchmarkRunner.RunAsync(options, Console.Out).ConfigureAwait(false);
            Console.WriteLine();
            Console.WriteLine(report.Markdown);
            Console.WriteLine($"Results written to {Path.GetFullPath(options.OutputPath)}");
            return 0;
        }

        /// <summary>The arguments that make this program measure one request and print its result.</summary>
        internal static IEnumerable<string> MeasureArguments(MeasureRequest request, string referenceFile) => new[]
        {
            "--measure", request.Kind, request.Name, request.Size.ToString(CultureInfo.InvariantCulture),
            request.WithGdpr ? "true" : "false", request.Passes.ToString(CultureInfo.InvariantCulture),
            request.Concurrent ? "true" : "false", referenceFile, request.Only.Length == 0 ? "-" : request.Only,
        };

        private static async Task<int> MeasureAsync(string[] args)
        {
            var request = new MeasureRequest(
                args[1],
                args[2],
                int.Parse(args[3], CultureInfo.InvariantCulture),
                bool.Parse(args[4]),
                int.Parse(args[5], CultureInfo.InvariantCulture),
                bool.Parse(args[6]),
                args[8] == "-" ? "" : args[8]);
            string[] references = await File.ReadAllLinesAsync(args[7]).ConfigureAwait(false);
            MeasureResult result = await Measurement.RunAsync(request, references, CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine(BenchmarkRunner.ResultPrefix + JsonSerializer.Serialize(result, Json));
            return 0;
        }

        private static BenchmarkOptions Parse(string[] args)
        {
            string output = Path.Combine(AppContext.BaseDirectory, "benchmark-results.md");
            BenchmarkOptions options = new();
            if (args.Contains("--smoke"))
            {
                options = BenchmarkOptions.Smoke(output);
            }

            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--smoke":
                        break;
                    case "--output":
                        output = Value();
                        break;
                    case "--sizes":
                        string sizes = Value();
                        options = options with
                        {
                            Sizes = sizes == "none" ? Array.Empty<int>() : sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray(),
                        };
                        break;
                    case "--shapes":
                        options = options with { Shapes = ParseShapes(Value(), args.Contains("--smoke")) };
                        break;
                    case "--passes":
                        options = options with { Passes = int.Parse(Value(), CultureInfo.InvariantCulture) };
                        break;
                    case "--concurrent":
                        options = options with { Concurrent = true };
                        break;
                    case "--in-process":
                        options = options with { SeparateProcesses = false };
                        break;
                    case "--only":
                        options = options with { Only = Value() };
                        break;
                    case "--shape-timeout":
                        options = options with { ShapeTimeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}'.");
                }
            }

            return options with { OutputPath = output };
        }

        private static List<(string, int)> ParseShapes(string value, bool smoke)
        {
            if (value == "none")
            {
                return new List<(string, int)>();
            }

            IEnumerable<string> entries = value == "all" ? PathologicalShapes.Names : value.Split(',');
            var shapes = new List<(string, int)>();
            foreach (string entry in entries)
            {
                string[] parts = entry.Split('=', 2);
                if (!PathologicalShapes.Names.Contains(parts[0]))
                {
                    throw new ArgumentException($"Unknown shape '{parts[0]}'.");
                }

                shapes.Add((parts[0], parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : PathologicalShapes.DefaultSize(parts[0], smoke)));
            }

            return shapes;
        }
    }
}
