using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// The command line. <c>dotnet run -c Release --project tests/GdprAnalyzers.Corpus -- [options]</c>:
    /// <list type="bullet">
    /// <item><c>--smoke</c>: the reduced run of CI (one project per archive, GdprAnalyzers alone, one pass per mode, no
    /// separate compile).</item>
    /// <item><c>--output PATH</c>: the Markdown table (default: corpus-results.md in the output folder); JSON beside it.</item>
    /// <item><c>--corpus PATH</c>: the folder of the archives (default: ../shared/corpus from the repository root).</item>
    /// <item><c>--apps NAME,...</c> and <c>--projects TEXT,...</c>: only these archives, only projects whose path contains one.</item>
    /// <item><c>--per-project-timeout SECONDS</c> (default 600), <c>--passes N</c> (default 2), <c>--modes off,on</c>.</item>
    /// <item><c>--members</c>: time GdprAnalyzers per member declaration (top ten).</item>
    /// <item><c>--gdpr-only</c>: GdprAnalyzers alone, without the realistic set.</item>
    /// <item><c>--facts</c>: on the last pass of option <c>off</c>, record the facts a record of processing reads
    /// (<c>ProcessingFactsRecorder</c>, <c>PersonalDataInventory</c>) and count them per project.</item>
    /// <item><c>--no-compile-step</c>: no separate compile; the compiler's diagnostics come from the first analysis.</item>
    /// <item><c>--no-packages</c>: none of the runner's packages (Newtonsoft.Json, EF Core...), reference packs only.</item>
    /// <item><c>--process-per-project</c>: one child process per project instead of per application.</item>
    /// <item><c>--keep</c>: keep the extracted sources.</item>
    /// <item><c>--render JSON [MARKDOWN]</c>: write the table of a finished run again from its JSON.</item>
    /// <item><c>--sample JSON --seed N [--per-rule 20] --labels FILE</c>: draw a labelling sample from a finished run
    /// (<see cref="CorpusSample"/>).</item>
    /// <item><c>--replay FILE [--precision FILE]</c>: check a labels file against the analyzers as they are now
    /// (<see cref="CorpusReplay"/>).</item>
    /// <item><c>--fix-all</c>: apply every code fix's Fix All to each project and compare compile errors and findings
    /// before and after (<see cref="CorpusFixAll"/>; exit code 1 when a fix did harm or left what it offers to fix).</item>
    /// </list>
    /// Exit code 0 when every project finished and no GdprAnalyzers analyzer threw, 1 otherwise, 2 on a usage error.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the corpus, or (<c>--child</c>) the projects a parent process hands over.</summary>
        public static async Task<int> Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            if (args.Length >= 4 && args[0] == "--child")
            {
                return await ChildAsync(args[1], args[2], args[3], ParseSettings(args.Skip(4).ToArray(), new AnalysisSettings())).ConfigureAwait(false);
            }

            if (args.Length is 2 or 3 && args[0] == "--render")
            {
                // Renders the Markdown of a run again from its JSON (e.g. after a change to the table).
                CorpusReport saved = JsonSerializer.Deserialize<CorpusReport>(await File.ReadAllTextAsync(args[1]).ConfigureAwait(false))
                    ?? throw new InvalidOperationException($"'{args[1]}' holds no report.");
                string rendered = CorpusReportWriter.Render(saved, new CorpusOptions { Smoke = saved.Environment.GetValueOrDefault("Options", "").StartsWith("smoke", StringComparison.Ordinal) });
                await File.WriteAllTextAsync(args.Length == 3 ? args[2] : Path.ChangeExtension(args[1], ".md"), rendered).ConfigureAwait(false);
                return 0;
            }

            if (args.Length > 0 && args[0] is "--sample" or "--replay")
            {
                try
                {
                    return args[0] == "--sample" ? Sample(args) : await ReplayAsync(args).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is ArgumentException or FormatException)
                {
                    await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
                    return 2;
                }
            }

            // --fix-all (CorpusFixAll.cs) takes the same selection options and applies the code fixes instead.
            bool fixAll = args.Contains("--fix-all");
            CorpusOptions options;
            try
            {
                options = Parse(args.Where(arg => arg != "--fix-all").ToArray());
            }
            catch (ArgumentException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
                return 2;
            }

            if (fixAll)
            {
                return await CorpusFixAll.RunAsync(options, Console.Out).ConfigureAwait(false);
            }

            (CorpusReport report, string markdown) = await CorpusRunner.RunAsync(options, Console.Out).ConfigureAwait(false);
            Console.WriteLine();
            Console.WriteLine(markdown);
            Console.WriteLine($"Written to {Path.GetFullPath(options.OutputPath)} and {Path.GetFullPath(Path.ChangeExtension(options.OutputPath, ".json"))}.");
            return CorpusRunner.IsClean(report) ? 0 : 1;
        }

        /// <summary>One child process: the listed projects of one application, one after another, each reported on
        /// standard output as it goes (<see cref="CorpusRunner.StartPrefix"/>, <see cref="CorpusRunner.ResultPrefix"/>,
        /// <see cref="CorpusRunner.EndPrefix"/>).</summary>
        private static async Task<int> ChildAsync(string application, string folder, string listFile, AnalysisSettings settings)
        {
            ImmutableArray<CorpusProject> projects = CorpusProject.Discover(folder);
            string[] wanted = await File.ReadAllLinesAsync(listFile).ConfigureAwait(false);
            var analysis = new ProjectAnalysis(settings);
            var set = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Analyzers"] = $"{analysis.AnalyzerCount} in the set" + (analysis.Versions.Count > 0 ? ": " + string.Join(", ", analysis.Versions) + ", GdprAnalyzers" : ": GdprAnalyzers alone"),
            };
            Console.WriteLine(CorpusRunner.SetPrefix + JsonSerializer.Serialize(set, CorpusRunner.Json));
            var compiler = new CorpusCompiler(projects, analysis.WarningRules, settings.Packages);
            foreach (string line in wanted.Where(line => line.Length > 0))
            {
                // "project" or "project<tab>off,on": the modes of this project when they are not those of the settings.
                string[] parts = line.Split('\t');
                string relativePath = parts[0];
                IReadOnlyList<string>? modes = parts.Length > 1 ? parts[1].Split(',') : null;
                CorpusProject project = projects.SingleOrDefault(p => p.RelativePath == relativePath)
                    ?? throw new InvalidOperationException($"Project '{relativePath}' not found in '{folder}'.");
                Console.WriteLine(CorpusRunner.StartPrefix + relativePath);
                Console.Error.WriteLine(ChildRun.ProjectMarker + relativePath);
                using var timeout = new CancellationTokenSource(settings.ProjectTimeout);
                await analysis.RunAsync(
                    application,
                    folder,
                    project,
                    compiler,
                    result => Console.WriteLine(CorpusRunner.ResultPrefix + JsonSerializer.Serialize(result, CorpusRunner.Json)),
                    timeout.Token,
                    modes).ConfigureAwait(false);
                Console.WriteLine(CorpusRunner.EndPrefix + relativePath);
            }

            return 0;
        }

        /// <summary><c>--sample JSON --seed N [--per-rule 20] --labels FILE</c>.</summary>
        private static int Sample(string[] args)
        {
            string json = args.Length > 1 ? args[1] : throw new ArgumentException("--sample needs the JSON of a finished run.");
            int? seed = null;
            int perRule = 20;
            string? labels = null;
            for (int i = 2; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--seed":
                        seed = int.Parse(Value(), CultureInfo.InvariantCulture);
                        break;
                    case "--per-rule":
                        perRule = Math.Max(1, int.Parse(Value(), CultureInfo.InvariantCulture));
                        break;
                    case "--labels":
                        labels = Value();
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}' (--sample JSON --seed N [--per-rule 20] --labels FILE).");
                }
            }

            return CorpusSample.Run(
                json,
                seed ?? throw new ArgumentException("--sample needs --seed N."),
                perRule,
                labels ?? throw new ArgumentException("--sample needs --labels FILE."),
                Console.Out);
        }

        /// <summary><c>--replay FILE [--precision FILE] [--corpus PATH] [--per-project-timeout SECONDS]</c>.</summary>
        private static async Task<int> ReplayAsync(string[] args)
        {
            string labels = args.Length > 1 ? args[1] : throw new ArgumentException("--replay needs a labels file.");
            string? precision = null;
            var options = new CorpusOptions();
            for (int i = 2; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--precision":
                        precision = Value();
                        break;
                    case "--corpus":
                        options = options with { CorpusFolder = Path.GetFullPath(Value()) };
                        break;
                    case "--per-project-timeout":
                        options = options with { Analysis = options.Analysis with { ProjectTimeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) } };
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}' (--replay FILE [--precision FILE] [--corpus PATH] [--per-project-timeout SECONDS]).");
                }
            }

            return await CorpusReplay.RunAsync(labels, precision, options, Console.Out).ConfigureAwait(false);
        }

        private static CorpusOptions Parse(string[] args)
        {
            bool smoke = args.Contains("--smoke");
            var options = new CorpusOptions
            {
                Smoke = smoke,
                Analysis = smoke ? new AnalysisSettings { Passes = 1, GdprOnly = true, CompileStep = false } : new AnalysisSettings(),
            };
            var rest = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--smoke":
                        break;
                    case "--output":
                        options = options with { OutputPath = Value() };
                        break;
                    case "--corpus":
                        options = options with { CorpusFolder = Path.GetFullPath(Value()) };
                        break;
                    case "--apps":
                        options = options with { Applications = List(Value()) };
                        break;
                    case "--projects":
                        options = options with { Projects = List(Value()) };
                        break;
                    case "--process-per-project":
                        options = options with { ProcessPerProject = true };
                        break;
                    case "--keep":
                        options = options with { KeepExtracted = true };
                        break;
                    default:
                        rest.Add(args[i]);
                        if (args[i] is "--modes" or "--passes" or "--per-project-timeout")
                        {
                            rest.Add(Value());
                        }

                        break;
                }
            }

            return options with { Analysis = ParseSettings(rest.ToArray(), options.Analysis) };
        }

        private static AnalysisSettings ParseSettings(string[] args, AnalysisSettings settings)
        {
            for (int i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--modes":
                        List<string> modes = List(Value());
                        if (modes.Count == 0 || modes.Any(mode => mode is not ("off" or "on")))
                        {
                            throw new ArgumentException("--modes takes off, on or both (off,on).");
                        }

                        settings = settings with { Modes = modes };
                        break;
                    case "--passes":
                        settings = settings with { Passes = Math.Max(1, int.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    case "--per-project-timeout":
                        settings = settings with { ProjectTimeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    case "--members":
                        settings = settings with { Members = true };
                        break;
                    case "--facts":
                        settings = settings with { Facts = true };
                        break;
                    case "--gdpr-only":
                        settings = settings with { GdprOnly = true };
                        break;
                    case "--no-compile-step":
                        settings = settings with { CompileStep = false };
                        break;
                    case "--no-packages":
                        settings = settings with { Packages = false };
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}'.");
                }
            }

            return settings;
        }

        private static List<string> List(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
