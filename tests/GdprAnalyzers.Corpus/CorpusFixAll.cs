using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using GdprAnalyzers.Reporting;

namespace GdprAnalyzers.Corpus
{
    /// <summary>
    /// <c>--fix-all</c> (issue "Fixes never do harm"): for each project and mode, puts the project's compilation (same
    /// documents, references, parse and compilation options) into an <see cref="AdhocWorkspace"/>, runs GdprAnalyzers, and
    /// applies each code fix provider's Fix All at project scope, one diagnostic id at a time, with the equivalence key
    /// <c>dotnet format analyzers</c> takes (the first action offered for the first finding). After each Fix All it
    /// compiles and analyses again: a compile error that was not there before is harm done by that fix; a finding left
    /// for which the provider still offers the action applied is a fix that does not fix. The corpus does not build as a
    /// whole, so errors are compared as counts per file, id and message (lines ignored).
    /// </summary>
    public static class CorpusFixAll
    {
        /// <summary>The order in which the rules are fixed: declarations first (GDPR005 marks personal data, GDPR007
        /// declares contracts), as a person would annotate before fixing flows; then the flows and declarations of
        /// stores and decisions. A rule is fixed on the findings present at its turn.</summary>
        public static ImmutableArray<string> Order { get; } = ImmutableArray.Create(
            "GDPR005", "GDPR007", "GDPR001", "GDPR006", "GDPR101", "GDPR002", "GDPR102", "GDPR003", "GDPR103", "GDPR004", "GDPR104");

        /// <summary><see cref="FixAllProjectResult.Sequence"/>: each rule alone from the original sources.</summary>
        public const string Alone = "alone";

        /// <summary><see cref="FixAllProjectResult.Sequence"/>: every rule in <see cref="Order"/>, each on what the ones
        /// before it left.</summary>
        public const string Chain = "chain";

        private const int Samples = 5;

        private static readonly Func<SyntaxTree, IReadOnlyList<TextChange>> NoChanges = _ => Array.Empty<TextChange>();

        /// <summary>Runs Fix All over the selected projects of <paramref name="options"/>, writes the Markdown table,
        /// the JSON beside it and a log of every text change (<c>.changes.txt</c>); returns 0 when no fix added an error,
        /// threw or left a finding it still offers to fix, and every project finished, 1 otherwise.</summary>
        public static async Task<int> RunAsync(CorpusOptions options, TextWriter log, CancellationToken cancellationToken = default)
        {
            var total = Stopwatch.StartNew();
            string loadBefore = CorpusRunner.LoadAverage();
            string output = options.OutputPath == Path.Combine(AppContext.BaseDirectory, "corpus-results.md")
                ? Path.Combine(AppContext.BaseDirectory, "fix-all-results.md")
                : options.OutputPath;
            List<string> archives = Directory.GetFiles(options.CorpusFolder, "*.tar.gz")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Where(path => options.Applications.Count == 0 || options.Applications.Contains(CorpusRunner.ApplicationName(path), StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (archives.Count == 0)
            {
                throw new FileNotFoundException($"No archive (*.tar.gz) to run in '{options.CorpusFolder}'.");
            }

            var fixer = new Fixer(options.Analysis);
            var results = new List<FixAllProjectResult>();
            string temp = Path.Combine(Path.GetTempPath(), $"gdpr-fixall-{Environment.ProcessId}");
            string changesPath = Path.ChangeExtension(output, ".changes.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await using (var changes = new StreamWriter(changesPath, append: false, new UTF8Encoding(false)))
            {
                try
                {
                    foreach (string archive in archives)
                    {
                        string application = CorpusRunner.ApplicationName(archive);
                        string folder = CorpusRunner.Extract(archive, Path.Combine(temp, application));
                        ImmutableArray<CorpusProject> projects = CorpusProject.Discover(folder);
                        List<CorpusProject> selected = CorpusRunner.Select(application, projects, options);
                        log.WriteLine($"{application}: {selected.Count} projects, {selected.Sum(p => p.Lines):N0} lines");
                        var compiler = new CorpusCompiler(projects, fixer.WarningRules, options.Analysis.Packages);
                        foreach (CorpusProject project in selected)
                        {
                            List<FixAllProjectResult> projectResults = await fixer.RunAsync(application, folder, project, compiler, changes, cancellationToken).ConfigureAwait(false);
                            foreach (FixAllProjectResult result in projectResults)
                            {
                                log.WriteLine("  " + Summary(result));
                            }

                            results.AddRange(projectResults);
                            await changes.FlushAsync(cancellationToken).ConfigureAwait(false);
                        }

                        if (!options.KeepExtracted)
                        {
                            TryDelete(Path.Combine(temp, application));
                        }
                    }
                }
                finally
                {
                    if (!options.KeepExtracted)
                    {
                        TryDelete(temp);
                    }
                }
            }

            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
                ["Load average"] = $"{loadBefore} at the start, {CorpusRunner.LoadAverage()} at the end",
                ["Host compiler"] = "Roslyn " + CorpusEnvironment.RoslynVersion + " (compiler and workspace)",
                ["Options"] = $"{CorpusEnvironment.ProbableOption} {string.Join(" then ", options.Analysis.Modes)}; GdprAnalyzers alone, every rule a warning; Fix All at project scope, "
                    + $"each rule alone from the original sources (\"alone\"), then every rule in the order {string.Join(", ", Order)} (\"chain\"); per-project time {options.Analysis.ProjectTimeout.TotalSeconds:0} s"
                    + (options.Analysis.Packages ? "" : "; no packages"),
                ["Changes"] = Path.GetFullPath(changesPath),
            };
            if (options.KeepExtracted)
            {
                environment["Extracted to"] = temp;
            }

            var report = new FixAllReport { Environment = environment, FixableIds = fixer.FixableIds, Projects = results, ElapsedSeconds = total.Elapsed.TotalSeconds };
            string markdown = FixAllReportWriter.Render(report);
            await File.WriteAllTextAsync(output, markdown, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.ChangeExtension(output, ".json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
            log.WriteLine();
            log.WriteLine(markdown);
            log.WriteLine($"Written to {Path.GetFullPath(output)}, {Path.GetFullPath(Path.ChangeExtension(output, ".json"))} and {Path.GetFullPath(changesPath)}.");
            return IsClean(report) ? 0 : 1;
        }

        /// <summary>Whether no fix added an error, threw or left a finding it still offers to fix (right after it, or at
        /// the end of both passes), and every project finished.</summary>
        public static bool IsClean(FixAllReport report) =>
            report.Projects.All(project => project.Status == RunStatus.Ok && project.AnalyzerExceptions.Count == 0 && project.FixableAtEnd.Count == 0
                && project.Rules.All(rule => rule.NewErrors == 0 && rule.Exception is null && rule.LeftSameAction == 0));

        /// <summary>
        /// The compile errors of <paramref name="after"/> that were not in <paramref name="before"/>: counted per file, id
        /// and message (lines ignored), so an error that only moved is not new. The samples are the errors whose start,
        /// mapped back through the text changes of their document, matches no error before.
        /// </summary>
        public static (int Added, int Removed, List<Diagnostic> Samples) Compare(
            IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after, Func<SyntaxTree, IReadOnlyList<TextChange>> changesOf)
        {
            static string Key(Diagnostic d) => (d.Location.SourceTree?.FilePath ?? "") + "|" + d.Id + "|" + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in before)
            {
                counts[Key(diagnostic)] = counts.GetValueOrDefault(Key(diagnostic)) - 1;
            }

            foreach (Diagnostic diagnostic in after)
            {
                counts[Key(diagnostic)] = counts.GetValueOrDefault(Key(diagnostic)) + 1;
            }

            int added = counts.Values.Where(count => count > 0).Sum();
            int removed = -counts.Values.Where(count => count < 0).Sum();

            // Positions of the errors before, mapped to the text after.
            var mapped = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in before)
            {
                int start = diagnostic.Location.SourceSpan.Start;
                int position = diagnostic.Location.SourceTree is { } tree ? Map(start, changesOf(tree)) : start;
                string key = Key(diagnostic) + "|" + position;
                mapped[key] = mapped.GetValueOrDefault(key) + 1;
            }

            var samples = new List<Diagnostic>();
            var budget = counts.Where(pair => pair.Value > 0).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in after.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
            {
                string key = Key(diagnostic);
                string positioned = key + "|" + diagnostic.Location.SourceSpan.Start;
                if (mapped.TryGetValue(positioned, out int left) && left > 0)
                {
                    mapped[positioned] = left - 1;
                    continue;
                }

                if (budget.TryGetValue(key, out int remaining) && remaining > 0)
                {
                    budget[key] = remaining - 1;
                    samples.Add(diagnostic);
                }
            }

            return (added, removed, samples);
        }

        /// <summary>A position of the old text in the new one; -1 inside a changed span.</summary>
        private static int Map(int position, IReadOnlyList<TextChange> changes)
        {
            int delta = 0;
            foreach (TextChange change in changes)
            {
                // An insertion at the position moves it; a replacement moves it when it ends at or before it.
                if (change.Span.Length == 0 ? change.Span.Start <= position : change.Span.End <= position)
                {
                    delta += (change.NewText?.Length ?? 0) - change.Span.Length;
                }
                else if (change.Span.Start <= position)
                {
                    return -1;
                }
            }

            return position + delta;
        }

        private static string Summary(FixAllProjectResult result)
        {
            string rules = string.Join(", ", result.Rules.Select(rule =>
                $"{rule.Id} {rule.AtTurn}→{rule.After}" + (rule.NewErrors > 0 ? $" +{rule.NewErrors} errors" : "") + (rule.Exception != null ? " threw" : "")));
            return $"{result.Project} [{result.Mode}, {result.Sequence}] {result.Status}{(result.Failure is null ? "" : ": " + result.Failure)}; errors {result.ErrorsBefore}→{result.ErrorsAfter}"
                + (rules.Length > 0 ? "; " + rules : "") + $"; {result.Seconds:0.0} s";
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind is harmless.
            }
        }

        /// <summary>Runs the analyzers and applies the fixes of one project.</summary>
        private sealed class Fixer
        {
            private readonly AnalysisSettings _settings;
            private readonly ImmutableArray<DiagnosticAnalyzer> _gdpr;
            private readonly ImmutableArray<CodeFixProvider> _providers;

            public Fixer(AnalysisSettings settings)
            {
                _settings = settings;
                _gdpr = CorpusEnvironment.GdprAnalyzers();
                WarningRules = CorpusEnvironment.WarningRules(_gdpr);
                _providers = typeof(GdprAnalyzers.CodeFixes.PersonalDataLoggedCodeFixProvider).Assembly.GetTypes()
                    .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
                    .OrderBy(type => type.FullName, StringComparer.Ordinal)
                    .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
                    .ToImmutableArray();
            }

            public ImmutableDictionary<string, ReportDiagnostic> WarningRules { get; }

            public List<string> FixableIds => _providers.SelectMany(p => p.FixableDiagnosticIds).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();

            public async Task<List<FixAllProjectResult>> RunAsync(string application, string folder, CorpusProject project, CorpusCompiler compiler, TextWriter changes, CancellationToken cancellationToken)
            {
                var results = new List<FixAllProjectResult>();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_settings.ProjectTimeout);
                CSharpCompilation compilation;
                try
                {
                    compilation = compiler.Compile(project, timeout.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || timeout.IsCancellationRequested)
                {
                    return _settings.Modes.Select(mode => new FixAllProjectResult
                    {
                        Application = application,
                        Project = project.RelativePath,
                        Mode = mode,
                        Sequence = Chain,
                        Status = exception is OperationCanceledException ? RunStatus.TimedOut : RunStatus.Failed,
                        Failure = exception.GetType().Name + ": " + exception.Message,
                    }).ToList();
                }

                foreach (string mode in _settings.Modes)
                {
                    var run = new ProjectRun(this, application, folder, project, mode, changes);
                    results.AddRange(await run.RunAsync(compilation, timeout.Token).ConfigureAwait(false));
                }

                return results;
            }

            /// <summary>One project in one mode, from the original sources.</summary>
            private sealed class ProjectRun
            {
                private readonly Fixer _fixer;
                private readonly string _application;
                private readonly string _folder;
                private readonly CorpusProject _project;
                private readonly string _mode;
                private readonly TextWriter _changes;
                private readonly AnalyzerOptions _options;
                private readonly ConcurrentDictionary<string, int> _exceptions = new(StringComparer.Ordinal);
                private int _analyses;
                private string _sequence = Alone;

                public ProjectRun(Fixer fixer, string application, string folder, CorpusProject project, string mode, TextWriter changes)
                {
                    _fixer = fixer;
                    _application = application;
                    _folder = folder;
                    _project = project;
                    _mode = mode;
                    _changes = changes;
                    _options = new AnalyzerOptions(
                        ImmutableArray<AdditionalText>.Empty,
                        new FixAllOptionsProvider(ImmutableDictionary<string, string>.Empty.Add(CorpusEnvironment.ProbableOption, mode == "on" ? "true" : "false")));
                }

                /// <summary>Both sequences from the original sources: each rule alone (<see cref="Alone"/>), then every rule
                /// in <see cref="Order"/> (<see cref="Chain"/>).</summary>
                public async Task<List<FixAllProjectResult>> RunAsync(CSharpCompilation compilation, CancellationToken cancellationToken)
                {
                    var stopwatch = Stopwatch.StartNew();
                    var results = new List<FixAllProjectResult>();
                    var result = new FixAllProjectResult { Application = _application, Project = _project.RelativePath, Mode = _mode, Sequence = Alone };
                    using var workspace = new AdhocWorkspace();
                    try
                    {
                        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfoOf(compilation));
                        Snapshot original = await AnalyseAsync(solution.GetProject(solution.ProjectIds.Single())!, cancellationToken).ConfigureAwait(false);
                        List<string> ids = Order.Concat(_fixer._providers.SelectMany(p => p.FixableDiagnosticIds).Distinct(StringComparer.Ordinal).Where(id => !Order.Contains(id)).OrderBy(id => id, StringComparer.Ordinal)).ToList();
                        result = result with
                        {
                            ErrorsBefore = original.Errors.Count,
                            ErrorsAfter = original.Errors.Count,
                            FindingsBefore = Count(original.Findings),
                            FindingsAfter = Count(original.Findings),
                        };

                        // Alone: each rule from the original sources, as `dotnet format analyzers --diagnostics ID --severity info`.
                        var rules = new List<FixAllRuleResult>();
                        var fixable = new SortedDictionary<string, int>(StringComparer.Ordinal);
                        foreach (string id in ids)
                        {
                            (List<FixAllRuleResult> own, _, SortedDictionary<string, int> left) = await RunRulesAsync(original, new[] { id }, cancellationToken).ConfigureAwait(false);
                            rules.AddRange(own);
                            foreach (KeyValuePair<string, int> pair in left)
                            {
                                fixable[pair.Key] = pair.Value;
                            }
                        }

                        results.Add(result with { Rules = rules, FixableAtEnd = fixable, Analyses = _analyses, Seconds = stopwatch.Elapsed.TotalSeconds });

                        // Chain: every rule in order, each on what the ones before it left.
                        var chain = Stopwatch.StartNew();
                        int analyses = _analyses;
                        (List<FixAllRuleResult> chained, Snapshot last, SortedDictionary<string, int> fixableAtEnd) = await RunRulesAsync(original, ids, cancellationToken).ConfigureAwait(false);
                        results.Add(result with
                        {
                            Sequence = Chain,
                            ErrorsAfter = last.Errors.Count,
                            FindingsAfter = Count(last.Findings),
                            FixableAtEnd = fixableAtEnd,
                            Rules = chained,
                            AnalyzerExceptions = _exceptions.Select(pair => $"{pair.Key} ({pair.Value}×)").ToList(),
                            Analyses = _analyses - analyses,
                            Seconds = chain.Elapsed.TotalSeconds,
                        });
                        return results;
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        results.Add(result with { Sequence = results.Count == 0 ? Alone : Chain, Status = RunStatus.TimedOut, Failure = "cancelled after the per-project time", Analyses = _analyses, Seconds = stopwatch.Elapsed.TotalSeconds });
                        return results;
                    }
                    catch (Exception exception)
                    {
                        results.Add(result with { Sequence = results.Count == 0 ? Alone : Chain, Status = RunStatus.Failed, Failure = exception.GetType().Name + ": " + exception.Message, Analyses = _analyses, Seconds = stopwatch.Elapsed.TotalSeconds });
                        return results;
                    }
                }

                /// <summary>
                /// Pass 1: each rule of <paramref name="ids"/> once, in order, as one <c>dotnet format</c> run. Pass 2: again,
                /// with the same action, the rules whose action is still offered for a finding (one the fix left, or one a
                /// fix added), as a second run. Returns each Fix All, the last state, and per rule the findings the action
                /// is still offered for at the end.
                /// </summary>
                private async Task<(List<FixAllRuleResult> Rules, Snapshot Last, SortedDictionary<string, int> FixableAtEnd)> RunRulesAsync(
                    Snapshot current, IReadOnlyList<string> ids, CancellationToken cancellationToken)
                {
                    _sequence = ids.Count == 1 ? Alone : Chain;
                    var rules = new List<FixAllRuleResult>();
                    var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
                    for (int pass = 1; pass <= 2; pass++)
                    {
                        foreach (string id in ids)
                        {
                            List<Diagnostic> findings = current.Findings.Where(d => d.Id == id && d.Location.IsInSource).ToList();
                            CodeFixProvider? provider = _fixer._providers.FirstOrDefault(p => p.FixableDiagnosticIds.Contains(id));
                            if (findings.Count == 0 || provider is null || (pass == 2 && !await StillOfferedAsync(current, findings, provider, keys.GetValueOrDefault(id), cancellationToken).ConfigureAwait(false)))
                            {
                                continue;
                            }

                            (FixAllRuleResult rule, Snapshot next) = await FixAsync(current, id, findings, provider, pass, keys.GetValueOrDefault(id), cancellationToken).ConfigureAwait(false);
                            keys[id] = rule.EquivalenceKey;
                            rules.Add(rule);
                            current = next;
                        }
                    }

                    var fixableAtEnd = new SortedDictionary<string, int>(StringComparer.Ordinal);
                    foreach (string id in keys.Keys)
                    {
                        CodeFixProvider provider = _fixer._providers.First(p => p.FixableDiagnosticIds.Contains(id));
                        int offered = 0;
                        foreach (Diagnostic diagnostic in current.Findings.Where(d => d.Id == id && d.Location.IsInSource))
                        {
                            if (await OffersAsync(current, diagnostic, provider, keys[id], cancellationToken).ConfigureAwait(false))
                            {
                                offered++;
                            }
                        }

                        if (offered > 0)
                        {
                            fixableAtEnd[id] = offered;
                        }
                    }

                    return (rules, current, fixableAtEnd);
                }

                /// <summary>The project's compilation as a workspace project: its documents (the generated usings file
                /// included), references, parse and compilation options (every GdprAnalyzers rule a warning).</summary>
                private ProjectInfo ProjectInfoOf(CSharpCompilation compilation)
                {
                    ProjectId id = ProjectId.CreateNewId(_project.Name);
                    IEnumerable<DocumentInfo> documents = compilation.SyntaxTrees.Select(tree => DocumentInfo.Create(
                        DocumentId.CreateNewId(id, tree.FilePath),
                        Path.GetFileName(tree.FilePath),
                        loader: TextLoader.From(TextAndVersion.Create(tree.GetText(), VersionStamp.Create(), tree.FilePath)),
                        filePath: tree.FilePath));
                    return ProjectInfo.Create(
                        id,
                        VersionStamp.Create(),
                        _project.Name,
                        compilation.AssemblyName ?? _project.Name,
                        LanguageNames.CSharp,
                        filePath: _project.FullPath,
                        compilationOptions: compilation.Options,
                        parseOptions: CorpusCompiler.ParseOptions,
                        documents: documents,
                        metadataReferences: compilation.References);
                }

                /// <summary>Applies <paramref name="provider"/>'s Fix All for <paramref name="id"/> at project scope, then
                /// compiles and analyses again.</summary>
                private async Task<(FixAllRuleResult Rule, Snapshot Next)> FixAsync(Snapshot current, string id, List<Diagnostic> findings, CodeFixProvider provider, int pass, string? passOneKey, CancellationToken cancellationToken)
                {
                    var stopwatch = Stopwatch.StartNew();
                    Solution solution = current.Project.Solution;
                    FixAllProvider? fixAll = provider.GetFixAllProvider();
                    var rule = new FixAllRuleResult
                    {
                        Id = id,
                        Pass = pass,
                        Provider = provider.GetType().Name,
                        AtTurn = findings.Count,
                        After = findings.Count,
                        DotnetFormatApplies = fixAll?.GetSupportedFixAllScopes().Contains(FixAllScope.Solution) == true,
                    };

                    // As dotnet format: the first action offered for the first finding gives the key (here the first by
                    // file and position; dotnet format takes the analyzer's first). A group's first action stands for it.
                    Diagnostic firstFinding = findings.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).First();
                    Document? document = solution.GetDocument(firstFinding.Location.SourceTree);
                    List<CodeAction> offered = document is null ? new List<CodeAction>() : await OfferedAsync(provider, document, firstFinding, cancellationToken).ConfigureAwait(false);
                    CodeAction? action = offered.FirstOrDefault();
                    if (action != null && !action.NestedActions.IsDefaultOrEmpty)
                    {
                        action = action.NestedActions[0];
                    }

                    if (pass > 1)
                    {
                        // A second pass applies the first pass's action, to whichever finding still offers it.
                        foreach (Diagnostic finding in findings)
                        {
                            Document? candidate = solution.GetDocument(finding.Location.SourceTree);
                            CodeAction? same = candidate is null ? null : Flatten(await OfferedAsync(provider, candidate, finding, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.EquivalenceKey == passOneKey);
                            if (same != null)
                            {
                                (document, action) = (candidate, same);
                                break;
                            }
                        }
                    }

                    rule = rule with { EquivalenceKey = action?.EquivalenceKey };
                    if (fixAll is null || document is null || action is null || !fixAll.GetSupportedFixAllScopes().Contains(FixAllScope.Project))
                    {
                        return (await LeftAsync(rule, current, current, id, provider, action?.EquivalenceKey, NoChanges, stopwatch, cancellationToken).ConfigureAwait(false), current);
                    }

                    Solution changed;
                    try
                    {
                        var context = new FixAllContext(document, provider, FixAllScope.Project, action.EquivalenceKey!, new[] { id }, new FindingsProvider(findings), cancellationToken);
                        CodeAction? fix = await fixAll.GetFixAsync(context).ConfigureAwait(false);
                        ImmutableArray<CodeActionOperation> operations = fix is null
                            ? ImmutableArray<CodeActionOperation>.Empty
                            : await fix.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                        changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? solution;
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        rule = rule with { Exception = exception.GetType().Name + ": " + exception.Message + " at " + exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() };
                        return (await LeftAsync(rule, current, current, id, provider, action.EquivalenceKey, NoChanges, stopwatch, cancellationToken).ConfigureAwait(false), current);
                    }

                    List<DocumentId> documents = changed.GetChanges(solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()).ToList();
                    if (documents.Count == 0)
                    {
                        return (await LeftAsync(rule, current, current, id, provider, action.EquivalenceKey, NoChanges, stopwatch, cancellationToken).ConfigureAwait(false), current);
                    }

                    // The text changes of each document, for the log and to map errors' positions.
                    var textChanges = new Dictionary<string, IReadOnlyList<TextChange>>(StringComparer.Ordinal);
                    foreach (DocumentId documentId in documents)
                    {
                        Document before = solution.GetDocument(documentId)!;
                        Document after = changed.GetDocument(documentId)!;
                        SourceText oldText = await before.GetTextAsync(cancellationToken).ConfigureAwait(false);
                        SourceText newText = await after.GetTextAsync(cancellationToken).ConfigureAwait(false);
                        // The syntax trees' differences (the texts are not related once a root is replaced).
                        IReadOnlyList<TextChange> list = (await after.GetTextChangesAsync(before, cancellationToken).ConfigureAwait(false)).OrderBy(c => c.Span.Start).ToList();
                        textChanges[before.FilePath ?? ""] = list;
                        foreach (TextChange change in list)
                        {
                            LinePosition start = oldText.Lines.GetLinePosition(change.Span.Start);
                            await _changes.WriteLineAsync($"{_application} [{_mode}, {_sequence}] pass {pass} {id} {Relative(before.FilePath)}:{start.Line + 1}:{start.Character + 1}: {Quote(oldText.ToString(change.Span))} -> {Quote(change.NewText ?? "")}").ConfigureAwait(false);
                        }
                    }

                    Snapshot next = await AnalyseAsync(changed.GetProject(current.Project.Id)!, cancellationToken).ConfigureAwait(false);
                    IReadOnlyList<TextChange> ChangesOf(SyntaxTree tree) => textChanges.TryGetValue(tree.FilePath, out IReadOnlyList<TextChange>? list) ? list : Array.Empty<TextChange>();
                    (int added, int removed, List<Diagnostic> samples) = Compare(current.Errors, next.Errors, ChangesOf);
                    rule = rule with
                    {
                        DocumentsChanged = documents.Count,
                        NewErrors = added,
                        RemovedErrors = removed,
                        NewErrorSamples = samples.Take(Samples).Select(Describe).ToList(),
                    };
                    return (await LeftAsync(rule, current, next, id, provider, action.EquivalenceKey, ChangesOf, stopwatch, cancellationToken).ConfigureAwait(false), next);
                }

                /// <summary>Classifies the findings of <paramref name="id"/> after the fix: those that were there before (their
                /// position mapped through the text changes) by what the provider still offers for them, and those the fix
                /// added (a declaration makes more data personal data, e.g. a parameter marked by GDPR007).</summary>
                private async Task<FixAllRuleResult> LeftAsync(
                    FixAllRuleResult rule, Snapshot before, Snapshot after, string id, CodeFixProvider provider, string? key,
                    Func<SyntaxTree, IReadOnlyList<TextChange>> changesOf, Stopwatch stopwatch, CancellationToken cancellationToken)
                {
                    static string Key(Diagnostic d, int position) => d.Location.SourceTree?.FilePath + "|" + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + "|" + position;
                    var earlier = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (Diagnostic diagnostic in before.Findings.Where(d => d.Id == id && d.Location.IsInSource))
                    {
                        string mapped = Key(diagnostic, Map(diagnostic.Location.SourceSpan.Start, changesOf(diagnostic.Location.SourceTree!)));
                        earlier[mapped] = earlier.GetValueOrDefault(mapped) + 1;
                    }

                    List<Diagnostic> left = after.Findings.Where(d => d.Id == id && d.Location.IsInSource)
                        .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
                    int same = 0, elsewhere = 0, other = 0, none = 0, added = 0, addedSame = 0;
                    var samples = new List<string>();
                    var addedSamples = new List<string>();
                    foreach (Diagnostic diagnostic in left)
                    {
                        string position = Key(diagnostic, diagnostic.Location.SourceSpan.Start);
                        bool remained = earlier.TryGetValue(position, out int count) && count > 0;
                        if (remained)
                        {
                            earlier[position] = count - 1;
                        }

                        Document? document = after.Project.Solution.GetDocument(diagnostic.Location.SourceTree);
                        List<CodeAction> offered = document is null ? new List<CodeAction>() : await OfferedAsync(provider, document, diagnostic, cancellationToken).ConfigureAwait(false);
                        bool offersSame = key != null && Flatten(offered).Any(a => a.EquivalenceKey == key);
                        string described = $"{Relative(diagnostic.Location.SourceTree?.FilePath)}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
                        if (!remained)
                        {
                            added++;
                            if (offersSame)
                            {
                                addedSame++;
                                if (addedSamples.Count < Samples)
                                {
                                    addedSamples.Add(described);
                                }
                            }
                        }
                        else if (offered.Count == 0)
                        {
                            none++;
                        }
                        else if (offersSame)
                        {
                            // Where the fix writes (the declaration of a contract, a purpose or a basis) is in another
                            // document than the finding: a Fix All that rewrites each document for its own findings
                            // never gets there.
                            bool otherDocument = diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations.All(l => l.SourceTree != diagnostic.Location.SourceTree);
                            same++;
                            elsewhere += otherDocument ? 1 : 0;
                            if (samples.Count < Samples)
                            {
                                samples.Add(described + (otherDocument ? $" (the fix writes in {Relative(diagnostic.AdditionalLocations[0].SourceTree?.FilePath)})" : ""));
                            }
                        }
                        else
                        {
                            other++;
                        }
                    }

                    return rule with
                    {
                        After = left.Count,
                        LeftSameAction = same,
                        LeftSameActionElsewhere = elsewhere,
                        LeftOtherAction = other,
                        LeftNotOffered = none,
                        LeftSamples = samples,
                        NewFindings = added,
                        NewFindingsSameAction = addedSame,
                        NewFindingSamples = addedSamples,
                        Seconds = stopwatch.Elapsed.TotalSeconds,
                    };
                }

                /// <summary>Whether the provider offers the action <paramref name="key"/> for one of the findings.</summary>
                private static async Task<bool> StillOfferedAsync(Snapshot current, List<Diagnostic> findings, CodeFixProvider provider, string? key, CancellationToken cancellationToken)
                {
                    foreach (Diagnostic diagnostic in findings)
                    {
                        if (await OffersAsync(current, diagnostic, provider, key, cancellationToken).ConfigureAwait(false))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                private static async Task<bool> OffersAsync(Snapshot current, Diagnostic diagnostic, CodeFixProvider provider, string? key, CancellationToken cancellationToken)
                {
                    Document? document = current.Project.Solution.GetDocument(diagnostic.Location.SourceTree);
                    return key != null && document != null
                        && Flatten(await OfferedAsync(provider, document, diagnostic, cancellationToken).ConfigureAwait(false)).Any(a => a.EquivalenceKey == key);
                }

                /// <summary>The actions offered, a group's actions in place of the group.</summary>
                private static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions) =>
                    actions.SelectMany(a => a.NestedActions.IsDefaultOrEmpty ? new[] { a } : a.NestedActions.AsEnumerable());

                private static async Task<List<CodeAction>> OfferedAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
                {
                    var offered = new List<CodeAction>();
                    var context = new CodeFixContext(document, diagnostic, (action, _) => offered.Add(action), cancellationToken);
                    await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                    return offered;
                }

                /// <summary>Compiles the project and runs GdprAnalyzers on it in one go (the compiler's errors and the
                /// findings).</summary>
                private async Task<Snapshot> AnalyseAsync(Project project, CancellationToken cancellationToken)
                {
                    _analyses++;
                    Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
                    var withAnalyzers = new CompilationWithAnalyzers(
                        compilation,
                        _fixer._gdpr,
                        new CompilationWithAnalyzersOptions(
                            _options,
                            onAnalyzerException: (exception, analyzer, _) => _exceptions.AddOrUpdate($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}", 1, (_, n) => n + 1),
                            concurrentAnalysis: false,
                            logAnalyzerExecutionTime: false,
                            reportSuppressedDiagnostics: false));
                    ImmutableArray<Diagnostic> all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
                    return new Snapshot(
                        project,
                        all.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList(),
                        all.Where(d => d.Id.StartsWith("GDPR", StringComparison.Ordinal)).ToList());
                }

                private FixAllError Describe(Diagnostic diagnostic)
                {
                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    string line = diagnostic.Location.SourceTree is { } tree
                        ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim()
                        : "";
                    return new FixAllError
                    {
                        Location = $"{Relative(span.Path)}:{span.StartLinePosition.Line + 1}",
                        Id = diagnostic.Id,
                        Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                        Line = line.Length > 240 ? line[..237] + "..." : line,
                    };
                }

                private string Relative(string? path) => path is null ? "?" : Path.GetRelativePath(_folder, path).Replace('\\', '/');

                private static string Quote(string text)
                {
                    string escaped = text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n");
                    return "\"" + (escaped.Length > 400 ? escaped[..397] + "..." : escaped) + "\"";
                }

                private static SortedDictionary<string, int> Count(IEnumerable<Diagnostic> findings) => new(
                    findings.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                    StringComparer.Ordinal);
            }
        }

        /// <summary>A state of the project: its compile errors and GdprAnalyzers' findings.</summary>
        private sealed record Snapshot(Project Project, List<Diagnostic> Errors, List<Diagnostic> Findings);

        /// <summary>The findings of one id, as <c>dotnet format</c> hands them to a Fix All.</summary>
        private sealed class FindingsProvider : FixAllContext.DiagnosticProvider
        {
            private readonly List<Diagnostic> _findings;

            public FindingsProvider(List<Diagnostic> findings) => _findings = findings;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_findings);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                return _findings.Where(d => d.Location.SourceTree == tree).ToList();
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_findings.Where(d => !d.Location.IsInSource).ToList());
        }

        /// <summary>The same options for every file and globally (as a global <c>.editorconfig</c> would give them).</summary>
        private sealed class FixAllOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly DictionaryOptions _options;

            public FixAllOptionsProvider(ImmutableDictionary<string, string> values) => _options = new DictionaryOptions(values);

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

            private sealed class DictionaryOptions : AnalyzerConfigOptions
            {
                private readonly ImmutableDictionary<string, string> _values;

                public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

                public override IEnumerable<string> Keys => _values.Keys;

                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
            }
        }
    }
}
