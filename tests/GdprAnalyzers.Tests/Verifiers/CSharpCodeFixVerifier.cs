using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GdprAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Verifies an analyzer and its code fix on C# test code compiled against <see cref="TestReferences"/>. Spans are
    /// marked in the code (<c>{|GDPR001:...|}</c>, <c>{|#0:...|}</c>); compiler errors in test code fail the test.
    /// </summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>A diagnostic of the analyzer's only (or first) descriptor. Additional locations (the places a fix may
        /// edit) are checked through the fixes' results, not here.</summary>
        public static DiagnosticResult Diagnostic() =>
            CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic().WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        /// <summary>A diagnostic with the given id (additional locations not checked, as above).</summary>
        public static DiagnosticResult Diagnostic(string id) =>
            CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        /// <summary>Checks that <paramref name="source"/> produces exactly the marked and <paramref name="expected"/> diagnostics.</summary>
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Checks the diagnostics, then that the fix with <paramref name="equivalenceKey"/> (the first action when
        /// null) turns <paramref name="source"/> into <paramref name="fixedSource"/>, alone and under Fix All.</summary>
        public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey = null, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>As <see cref="VerifyCodeFixAsync"/>, for a fix whose Fix All stops at project scope (a choice a
        /// person makes, which <c>dotnet format</c>'s solution scope must not apply).</summary>
        public static Task VerifyPersonalChoiceFixAsync(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected)
        {
            var test = new Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = equivalenceKey,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>The test harness: .NET 8 with the real packages and the annotations library.</summary>
        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            /// <summary>Creates a test compiled against <see cref="TestReferences"/>.</summary>
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80WithPackages;
                TestState.AdditionalReferences.Add(TestReferences.Annotations);
                FixedState.AdditionalReferences.Add(TestReferences.Annotations);
            }

            /// <summary>
            /// The rules an analyzer reports besides older ones of the same analysis (GDPR013 and GDPR106 with
            /// GDPR002/GDPR003 and GDPR102/GDPR103: every store needs a retention period too). A test sees them only when it
            /// names them, in its markup or its expected diagnostics, so that the tests of the older rules keep checking
            /// exactly what they were written for; the new rules' own tests name them and are checked in full.
            /// </summary>
            public static readonly string[] CheckedWhenNamed = { RuleIds.StoredWithoutRetention, RuleIds.ProbableStoredWithoutRetention };

            /// <summary>Runs the test with the rules of <see cref="CheckedWhenNamed"/> it does not name turned off.</summary>
            protected override Task RunImplAsync(CancellationToken cancellationToken)
            {
                foreach (string id in CheckedWhenNamed)
                {
                    if (!Names(TestState, id) && !Names(FixedState, id) && !Names(BatchFixedState, id))
                    {
                        DisabledDiagnostics.Add(id);
                    }
                }

                return base.RunImplAsync(cancellationToken);
            }

            private static bool Names(SolutionState state, string id)
            {
                foreach ((string _, Microsoft.CodeAnalysis.Text.SourceText text) in state.Sources)
                {
                    if (text.ToString().Contains(id, System.StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return state.ExpectedDiagnostics.Exists(expected => expected.Id == id);
            }

            /// <summary>Nullable enabled, as in new projects.</summary>
            protected override CompilationOptions CreateCompilationOptions() =>
                ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)base.CreateCompilationOptions())
                    .WithNullableContextOptions(NullableContextOptions.Enable);
        }
    }
}
