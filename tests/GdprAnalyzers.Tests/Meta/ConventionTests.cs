using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Reflection;
using GdprAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Tests.Meta
{
    /// <summary>The habits of STYLE.md that reflection can check: sealed public analyzers and fixers, concurrent
    /// execution, no analysis of generated code, a Fix All provider for every fixer.</summary>
    public sealed class ConventionTests
    {
        public static TheoryData<string> AnalyzerTypeNames()
        {
            var data = new TheoryData<string>();
            foreach (Type type in AnalyzerHarness.AnalyzerTypes())
            {
                data.Add(type.FullName!);
            }

            return data;
        }

        public static TheoryData<string> CodeFixProviderTypeNames()
        {
            var data = new TheoryData<string>();
            foreach (Type type in Repository.CodeFixProviderTypes())
            {
                data.Add(type.FullName!);
            }

            return data;
        }

        [Fact]
        public void AnalyzerAssembly_EveryDiagnosticAnalyzerType_HasTheAttribute()
        {
            Type[] all = typeof(PersonalDataLoggedAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .ToArray();

            Assert.Equal(all.OrderBy(t => t.FullName), AnalyzerHarness.AnalyzerTypes());
        }

        [Theory]
        [MemberData(nameof(AnalyzerTypeNames))]
        public void Analyzer_IsPublicSealedAndCSharpOnly(string typeName)
        {
            Type type = AnalyzerType(typeName);

            Assert.True(type.IsPublic && type.IsSealed, $"{type.Name} must be public sealed.");
            DiagnosticAnalyzerAttribute attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()!;
            Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
        }

        [Theory]
        [MemberData(nameof(AnalyzerTypeNames))]
        public void Analyzer_Initialize_EnablesConcurrencyAndSkipsGeneratedCode(string typeName)
        {
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerType(typeName))!;
            var context = new RecordingAnalysisContext();

            analyzer.Initialize(context);

            Assert.True(context.ConcurrentExecutionEnabled, $"{analyzer.GetType().Name} does not call EnableConcurrentExecution().");

            // Generated code is never analysed. An analyzer whose diagnostics all sit inside the code it analyses may
            // also say ReportDiagnostics, which spares the compiler's per-file search for [GeneratedCode] symbols at the
            // first report (the driver skips generated files and [GeneratedCode] symbols before analysing them anyway);
            // the rules that report at declarations elsewhere (GDPR002/003 at entity members) keep None.
            Assert.Equal(
                ReportsOnlyWhereItAnalyses.Contains(analyzer.GetType().Name) ? GeneratedCodeAnalysisFlags.ReportDiagnostics : GeneratedCodeAnalysisFlags.None,
                context.GeneratedCodeAnalysis);
        }

        /// <summary>The analyzers whose every diagnostic sits in the operation, body or declaration they analyse.</summary>
        private static readonly string[] ReportsOnlyWhereItAnalyses =
        {
            "PersonalDataLoggedAnalyzer", "CredentialLoggedAnalyzer", "ProbablePersonalDataLoggedAnalyzer",
            "AutomatedDecisionAnalyzer", "ProbableAutomatedDecisionAnalyzer", "LeakingConfigurationAnalyzer",
            "UndeclaredContractAnalyzer", "ProbablePersonalDataAnalyzer", "LogRetentionAnalyzer", "CredentialStoredAnalyzer",
            "ExceptionMessageAnalyzer", "CredentialInResponseAnalyzer", "PurposeLimitationAnalyzer", "PersonalDataSentAnalyzer",
            "ProbablePersonalDataSentAnalyzer", "DataSubjectRequestAnalyzer", "ProbableDataSubjectRequestAnalyzer",
        };

        [Theory]
        [MemberData(nameof(CodeFixProviderTypeNames))]
        public void CodeFixProvider_IsPublicSealedExported_WithFixAllProvider(string typeName)
        {
            Type type = Repository.CodeFixProviderTypes().Single(t => t.FullName == typeName);
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;

            Assert.True(type.IsPublic && type.IsSealed, $"{type.Name} must be public sealed.");
            ExportCodeFixProviderAttribute export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>()
                ?? throw new Xunit.Sdk.XunitException($"{type.Name} has no [ExportCodeFixProvider].");
            Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
            Assert.Equal(type.Name, export.Name);
            Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
            Assert.NotNull(provider.GetFixAllProvider());

            ImmutableArray<string> known = Repository.Descriptors().Select(descriptor => descriptor.Id).ToImmutableArray();
            Assert.NotEmpty(provider.FixableDiagnosticIds);
            Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, known));
        }

        private static Type AnalyzerType(string typeName) => AnalyzerHarness.AnalyzerTypes().Single(type => type.FullName == typeName);

        /// <summary>Records what an analyzer's <see cref="DiagnosticAnalyzer.Initialize"/> configures; registrations are
        /// dropped.</summary>
        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            public bool ConcurrentExecutionEnabled { get; private set; }

            public GeneratedCodeAnalysisFlags? GeneratedCodeAnalysis { get; private set; }

            public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCodeAnalysis = analysisMode;

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
            {
            }

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            {
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            {
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            {
            }

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            {
            }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
            }

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            {
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            {
            }

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
            }

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            {
            }
        }
    }
}
