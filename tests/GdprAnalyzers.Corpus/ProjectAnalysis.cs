using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Facts;
using GdprAnalyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.Corpus
{
    /// <summary>What a runner process analyses, and how.</summary>
    public sealed record AnalysisSettings
    {
        /// <summary>The modes of <c>gdpr.probable_personal_data_in_flows</c> to run, in order: <c>off</c>, <c>on</c>.</summary>
        public IReadOnlyList<string> Modes { get; init; } = new[] { "off", "on" };

        /// <summary>Analysis passes of the first mode the process runs, each on a fresh copy of the compilation: the
        /// first warms up, the last is timed. Every later mode (and project) in the process runs one pass fewer (the
        /// process is warm), at least one.</summary>
        public int Passes { get; init; } = 2;

        /// <summary>Time GdprAnalyzers per member declaration after the passes of the last mode.</summary>
        public bool Members { get; init; }

        /// <summary>Record the facts of the record of processing on the last pass of option <c>off</c>
        /// (<see cref="ModeResult.Facts"/>).</summary>
        public bool Facts { get; init; }

        /// <summary>Compile on its own first (binding and the compiler's diagnostics, timed); false: the compiler's
        /// diagnostics come from the last pass of the first mode, which then compiles and analyses in one go, as a build
        /// does (one binding fewer, no compile time; the smoke run).</summary>
        public bool CompileStep { get; init; } = true;

        /// <summary>Give projects the packages of <see cref="CorpusPackages"/> that they reference; false: the reference
        /// packs and the referenced projects only.</summary>
        public bool Packages { get; init; } = true;

        /// <summary>Run GdprAnalyzers alone instead of inside the realistic set (faster; the smoke run).</summary>
        public bool GdprOnly { get; init; }

        /// <summary>The time one project may take, compile and every mode included.</summary>
        public TimeSpan ProjectTimeout { get; init; } = TimeSpan.FromMinutes(10);
    }

    /// <summary>
    /// Compiles and analyses projects in this process, as each child process of the runner does. Per project: compile
    /// (binding and compiler diagnostics, timed), then per mode the analysis passes with
    /// <see cref="CompilationWithAnalyzers"/> and <c>logAnalyzerExecutionTime</c> on one thread (each analyzer's telemetry
    /// is then its own time), then optionally one call per member declaration for GdprAnalyzers.
    /// </summary>
    public sealed class ProjectAnalysis
    {
        private const int StackLines = 12;

        private readonly AnalysisSettings _settings;
        private readonly ImmutableArray<DiagnosticAnalyzer> _gdpr;
        private readonly ImmutableArray<DiagnosticAnalyzer> _set;
        private readonly DiagnosticAnalyzer? _logging;
        private bool _warm;

        /// <summary>Loads the analyzers: GdprAnalyzers, and unless <see cref="AnalysisSettings.GdprOnly"/> the SDK's
        /// NetAnalyzers and Meziantou.Analyzer, less those a command-line build would not run.</summary>
        public ProjectAnalysis(AnalysisSettings settings)
        {
            _settings = settings;
            _gdpr = CorpusEnvironment.GdprAnalyzers();
            WarningRules = CorpusEnvironment.WarningRules(_gdpr);
            ImmutableArray<DiagnosticAnalyzer> others = settings.GdprOnly
                ? ImmutableArray<DiagnosticAnalyzer>.Empty
                : CorpusEnvironment.NetAnalyzers().AddRange(CorpusEnvironment.MeziantouAnalyzers());
            Versions = others.Select(analyzer => analyzer.GetType().Assembly.GetName().Name + " " + CorpusEnvironment.VersionOf(analyzer)).Distinct(StringComparer.Ordinal).ToList();
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: WarningRules);
            _set = CorpusEnvironment.RunInBuild(others.AddRange(_gdpr), options);
            _logging = _set.FirstOrDefault(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == CorpusEnvironment.LoggingRule));
        }

        /// <summary>The rules turned on as warnings in every compilation.</summary>
        public ImmutableDictionary<string, ReportDiagnostic> WarningRules { get; }

        /// <summary>The other analyzer packages loaded, with their versions.</summary>
        public List<string> Versions { get; }

        /// <summary>The number of analyzers in the set.</summary>
        public int AnalyzerCount => _set.Length;

        /// <summary>Compiles and analyses <paramref name="project"/>; <paramref name="report"/> is called after the compile
        /// and after each mode with everything known so far (a process that dies later still leaves those);
        /// <paramref name="modes"/>: the modes of this project, when not those of the settings.</summary>
        public async Task<ProjectResult> RunAsync(
            string application,
            string applicationFolder,
            CorpusProject project,
            CorpusCompiler compiler,
            Action<ProjectResult> report,
            CancellationToken cancellationToken,
            IReadOnlyList<string>? modes = null)
        {
            modes ??= _settings.Modes;
            CorpusEnvironment.ResetPeakMemory();
            var result = new ProjectResult
            {
                Application = application,
                Project = project.RelativePath,
                Sdk = project.Sdk,
                Files = project.Files.Length,
                Lines = project.Lines,
            };

            string phase = "compile";
            try
            {
                report(result with { Phase = phase });
                var setup = Stopwatch.StartNew();
                CSharpCompilation compilation = compiler.Compile(project, cancellationToken);
                double setupSeconds = setup.Elapsed.TotalSeconds;

                double compileSeconds = 0;
                if (_settings.CompileStep)
                {
                    var compile = Stopwatch.StartNew();
                    ImmutableArray<Diagnostic> diagnostics = compilation.Clone().GetDiagnostics(cancellationToken);
                    compileSeconds = compile.Elapsed.TotalSeconds;
                    result = WithErrors(result, diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
                }

                result = result with { SetupSeconds = setupSeconds, CompileSeconds = compileSeconds };
                report(result);

                for (int index = 0; index < modes.Count; index++)
                {
                    string mode = modes[index];
                    phase = "analysis, option " + mode;
                    result = result with { Phase = phase };
                    report(result);

                    // The first pass of a process warms up (JIT, the analyzers' first use); later ones are measured.
                    int passes = _warm ? Math.Max(1, _settings.Passes - 1) : Math.Max(1, _settings.Passes);
                    bool withCompilerDiagnostics = index == 0 && !_settings.CompileStep;
                    bool members = _settings.Members && index == modes.Count - 1;
                    (ModeResult modeResult, ImmutableArray<Diagnostic> compilerErrors) = await AnalyseAsync(compilation, mode, passes, withCompilerDiagnostics, members, application, applicationFolder, cancellationToken).ConfigureAwait(false);
                    _warm = true;
                    if (withCompilerDiagnostics)
                    {
                        result = WithErrors(result, compilerErrors);
                    }

                    result = result with { Modes = result.Modes.Append(modeResult).ToList() };
                    report(result);
                }

                return result;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                result = result with
                {
                    Status = RunStatus.TimedOut,
                    Failure = $"cancelled after {_settings.ProjectTimeout.TotalSeconds:0} s, during {phase}",
                    Phase = phase,
                };
                report(result);
                return result;
            }
        }

        private async Task<(ModeResult Mode, ImmutableArray<Diagnostic> CompilerErrors)> AnalyseAsync(
            CSharpCompilation compilation, string mode, int passes, bool withCompilerDiagnostics, bool members, string application, string applicationFolder, CancellationToken cancellationToken)
        {
            var failures = new ConcurrentQueue<AnalyzerFailure>();
            AnalyzerOptions options = Options(mode);
            ProcessingFactsRecorder? recorder = _settings.Facts && mode == "off" ? new ProcessingFactsRecorder() : null;
            var gdprPerPass = new List<double>();
            ImmutableArray<Diagnostic> diagnostics = ImmutableArray<Diagnostic>.Empty;
            ImmutableArray<Diagnostic> compilerErrors = ImmutableArray<Diagnostic>.Empty;
            var telemetry = new Dictionary<DiagnosticAnalyzer, double>();
            double wall = 0;
            for (int pass = 0; pass < passes; pass++)
            {
                var withAnalyzers = new CompilationWithAnalyzers(
                    compilation.Clone(),
                    _set,
                    new CompilationWithAnalyzersOptions(
                        recorder != null && pass == passes - 1 ? new AnalyzerOptions(options.AdditionalFiles.Add(recorder), options.AnalyzerConfigOptionsProvider) : options,
                        onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(Failure(exception, analyzer)),
                        concurrentAnalysis: false,
                        logAnalyzerExecutionTime: true,
                        reportSuppressedDiagnostics: false));
                var stopwatch = Stopwatch.StartNew();
                if (withCompilerDiagnostics && pass == passes - 1)
                {
                    // Compile and analyse in one go, as a build does: the compiler's diagnostics without a binding of their own.
                    ImmutableArray<Diagnostic> all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
                    wall = stopwatch.Elapsed.TotalSeconds;
                    compilerErrors = all.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("CS", StringComparison.Ordinal)).ToImmutableArray();
                    diagnostics = all;
                    telemetry.Clear();
                    foreach (DiagnosticAnalyzer analyzer in _set)
                    {
                        telemetry[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false)).ExecutionTime.TotalSeconds;
                    }
                }
                else
                {
                    AnalysisResult result = await withAnalyzers.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
                    wall = stopwatch.Elapsed.TotalSeconds;
                    diagnostics = result.GetAllDiagnostics();
                    telemetry = result.AnalyzerTelemetryInfo.ToDictionary(pair => pair.Key, pair => pair.Value.ExecutionTime.TotalSeconds);
                }

                gdprPerPass.Add(_gdpr.Sum(analyzer => telemetry.GetValueOrDefault(analyzer)));
            }

            foreach (Diagnostic diagnostic in diagnostics.Where(diagnostic => diagnostic.Id is "AD0001" or "AD0002"))
            {
                string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                failures.Enqueue(new AnalyzerFailure
                {
                    Analyzer = diagnostic.Id,
                    Exception = "diagnostic",
                    Message = FirstLine(message),
                    Stack = message.Split('\n').Skip(1).Take(StackLines).Select(line => line.TrimEnd()).ToList(),
                });
            }

            List<MemberTime> memberTimes = members
                ? await TimeMembersAsync(compilation, options, applicationFolder, cancellationToken).ConfigureAwait(false)
                : new List<MemberTime>();

            var modeResult = new ModeResult
            {
                Mode = mode,
                Findings = new SortedDictionary<string, int>(diagnostics
                    .Where(diagnostic => diagnostic.Id.StartsWith("GDPR", StringComparison.Ordinal) || CorpusEnvironment.ComparedRules.Contains(diagnostic.Id))
                    .GroupBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                    .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal), StringComparer.Ordinal),
                Details = Details(diagnostics, mode, application, applicationFolder),
                Exceptions = Deduplicate(failures),
                GdprSeconds = gdprPerPass[^1],
                GdprSecondsPerPass = gdprPerPass,
                GdprByAnalyzer = new SortedDictionary<string, double>(_gdpr.ToDictionary(analyzer => analyzer.GetType().Name, analyzer => telemetry.GetValueOrDefault(analyzer), StringComparer.Ordinal), StringComparer.Ordinal),
                LoggingSeconds = _logging is null ? 0 : telemetry.GetValueOrDefault(_logging),
                AllAnalyzersSeconds = telemetry.Values.Sum(),
                AnalysisSeconds = wall,
                AnalyzersRun = _set.Length,
                ExpensiveMembers = memberTimes,
                Facts = recorder is null ? new SortedDictionary<string, int>(StringComparer.Ordinal) : CountFacts(recorder, compilation, options, cancellationToken),
                PeakMemoryBytes = CorpusEnvironment.PeakMemoryBytes(),
            };
            return (modeResult, compilerErrors);
        }

        /// <summary>
        /// GdprAnalyzers' time per member declaration: every body is bound first (so that binding is not charged to the
        /// analyzers), then <c>GetAnalyzerSemanticDiagnosticsAsync</c> runs GdprAnalyzers on each member's span alone. The
        /// compilation-wide work (shared state, the summaries of callees) is charged to the first member that needs it.
        /// The member being analysed is written to standard error first, so a crash or a hang names it.
        /// </summary>
        private async Task<List<MemberTime>> TimeMembersAsync(CSharpCompilation compilation, AnalyzerOptions options, string applicationFolder, CancellationToken cancellationToken)
        {
            var withAnalyzers = new CompilationWithAnalyzers(
                compilation.Clone(),
                _gdpr,
                new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            Compilation analysed = withAnalyzers.Compilation;
            var times = new List<MemberTime>();
            bool warm = false;
            foreach (SyntaxTree tree in analysed.SyntaxTrees)
            {
                SemanticModel model = analysed.GetSemanticModel(tree);
                model.GetDiagnostics(cancellationToken: cancellationToken);
                if (!warm)
                {
                    // The compilation-start actions (GdprAnalyzers' shared state) run once, before any member is timed.
                    await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, new TextSpan(0, 0), _gdpr, cancellationToken).ConfigureAwait(false);
                    warm = true;
                }

                string file = Path.GetRelativePath(applicationFolder, tree.FilePath).Replace('\\', '/');
                foreach (SyntaxNode member in Members(tree.GetRoot(cancellationToken)))
                {
                    string name = MemberName(member);
                    int line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    Console.Error.WriteLine($"member {file}:{line} {name}");
                    var stopwatch = Stopwatch.StartNew();
                    await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, member.Span, _gdpr, cancellationToken).ConfigureAwait(false);
                    times.Add(new MemberTime { Member = name, Location = $"{file}:{line}", Seconds = stopwatch.Elapsed.TotalSeconds });
                }
            }

            return times.OrderByDescending(time => time.Seconds).Take(10).ToList();
        }

        /// <summary>GdprAnalyzers' diagnostics one by one, with the file relative to the application's folder (as the
        /// command-line tool makes them), and the mode and archive of this run.</summary>
        private static List<Finding> Details(ImmutableArray<Diagnostic> diagnostics, string mode, string application, string applicationFolder) =>
            Finding.From(diagnostics, applicationFolder).Select(finding => finding with { Severity = "", Mode = mode, Archive = application }).ToList();

        private static ProjectResult WithErrors(ProjectResult result, IEnumerable<Diagnostic> errors)
        {
            List<Diagnostic> list = errors.ToList();
            return result with
            {
                CompileErrors = list.Count,
                CompileErrorIds = new SortedDictionary<string, int>(list
                    .GroupBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                    .OrderByDescending(group => group.Count())
                    .Take(5)
                    .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal), StringComparer.Ordinal),
            };
        }

        private static IEnumerable<SyntaxNode> Members(SyntaxNode root)
        {
            bool topLevel = false;
            foreach (SyntaxNode node in root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax:
                        yield return node;
                        break;
                    case GlobalStatementSyntax when !topLevel:
                        // Top-level statements are one member, the generated Main.
                        topLevel = true;
                        yield return node.Parent!;
                        break;
                }
            }
        }

        private static string MemberName(SyntaxNode member)
        {
            string type = member.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "";
            string name = member switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                ConstructorDeclarationSyntax => ".ctor",
                DestructorDeclarationSyntax => "Finalize",
                OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
                ConversionOperatorDeclarationSyntax conversion => "operator " + conversion.Type,
                PropertyDeclarationSyntax property => property.Identifier.Text,
                IndexerDeclarationSyntax => "this[]",
                EventDeclarationSyntax e => e.Identifier.Text,
                BaseFieldDeclarationSyntax field => string.Join(", ", field.Declaration.Variables.Select(variable => variable.Identifier.Text)),
                CompilationUnitSyntax => "<top-level statements>",
                _ => member.Kind().ToString(),
            };
            return type.Length == 0 ? name : type + "." + name;
        }

        /// <summary>The facts recorded, counted by kind and the rules that report them (<c>Storage compliant</c>,
        /// <c>Storage GDPR002+GDPR003</c>...), and the personal data items the compilation declares (<c>Items</c>).</summary>
        private static SortedDictionary<string, int> CountFacts(ProcessingFactsRecorder recorder, CSharpCompilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (ProcessingFact fact in recorder.Facts)
            {
                string key = fact.Kind + " " + (fact.IsCompliant ? "compliant" : string.Join("+", fact.RuleIds));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            counts["Items"] = PersonalDataInventory.Collect(compilation, options, out _, cancellationToken).Length;
            return counts;
        }

        private static AnalyzerOptions Options(string mode) =>
            new(ImmutableArray<AdditionalText>.Empty, new ConfigOptionsProvider(ImmutableDictionary<string, string>.Empty.Add(CorpusEnvironment.ProbableOption, mode == "on" ? "true" : "false")));

        private static double Seconds(AnalysisResult result, DiagnosticAnalyzer analyzer) =>
            result.AnalyzerTelemetryInfo.TryGetValue(analyzer, out AnalyzerTelemetryInfo? info) ? info.ExecutionTime.TotalSeconds : 0;

        private static AnalyzerFailure Failure(Exception exception, DiagnosticAnalyzer analyzer) => new()
        {
            Analyzer = analyzer.GetType().Name,
            Assembly = analyzer.GetType().Assembly.GetName().Name ?? "",
            Exception = exception.GetType().FullName ?? exception.GetType().Name,
            Message = FirstLine(exception.Message),
            Stack = exception.ToString().Split('\n').Skip(1).Select(line => line.TrimEnd()).Where(line => line.Length > 0).Take(StackLines).ToList(),
        };

        private static List<AnalyzerFailure> Deduplicate(IEnumerable<AnalyzerFailure> failures) =>
            failures
                .GroupBy(failure => failure.Analyzer + "|" + failure.Exception + "|" + string.Join("|", failure.Stack.Take(4)), StringComparer.Ordinal)
                .Select(group => group.First() with { Count = group.Sum(failure => failure.Count) })
                .ToList();

        private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd();

        /// <summary>The same options for every file and globally (as a global <c>.editorconfig</c> would give them).</summary>
        private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly DictionaryOptions _options;

            public ConfigOptionsProvider(ImmutableDictionary<string, string> values) => _options = new DictionaryOptions(values);

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
