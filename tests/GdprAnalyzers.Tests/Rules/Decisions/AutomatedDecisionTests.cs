using System.Threading.Tasks;
using GdprAnalyzers.CodeFixes;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.AutomatedDecisionAnalyzer,
    GdprAnalyzers.CodeFixes.AutomatedDecisionCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR004 (automated decision without human review) and GDPR008 (exemption without reason).</summary>
    public sealed class AutomatedDecisionTests
    {
        private const string Model = """

            public sealed class RefundInput
            {
                [GdprAnalyzers.Annotations.PersonalData] public string CustomerNumber { get; set; } = "";
                public float OrderTotal { get; set; }
                public float DaysSinceDelivery { get; set; }
            }

            public sealed class RefundPrediction
            {
                [Microsoft.ML.Data.ColumnName("PredictedLabel")] public bool Eligible { get; set; }
            }

            public sealed class Customer
            {
                [GdprAnalyzers.Annotations.PersonalData] public string Email { get; set; } = "";
                [GdprAnalyzers.Annotations.PersonalData] public string Number { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """;

        [Fact]
        public async Task MlNetPredict_InputRowWithPersonalData_Reports()
        {
            string source = """
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, Customer customer, float total)
                    {
                        var row = new RefundInput { CustomerNumber = customer.Number, OrderTotal = total };
                        return engine.Predict({|#0:row|}).Eligible;
                    }
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("row", "PredictionEngine.Predict"));
        }

        [Fact]
        public async Task MlNetPredict_RowWithoutPersonalData_NoDiagnostic()
        {
            string source = """
                using Microsoft.ML;

                public sealed class Stock
                {
                    public sealed class Input { public float Sales { get; set; } }
                    public sealed class Output { public float Forecast { get; set; } }

                    public float Forecast(PredictionEngine<Input, Output> engine, float sales) => engine.Predict(new Input { Sales = sales }).Forecast;
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task PredictionEnginePool_StandIn_Reports()
        {
            // Microsoft.Extensions.ML is not served here: this stand-in has its metadata name and Predict signature.
            string source = """
                namespace Microsoft.Extensions.ML
                {
                    public class PredictionEnginePool<TData, TPrediction> where TData : class where TPrediction : class, new()
                    {
                        public TPrediction Predict(TData example) => new TPrediction();
                    }
                }

                public sealed class Refunds
                {
                    public bool Decide(Microsoft.Extensions.ML.PredictionEnginePool<RefundInput, RefundPrediction> pool, RefundInput input) =>
                        pool.Predict({|#0:input|}).Eligible;
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("input", "PredictionEnginePool.Predict"));
        }

        [Fact]
        public async Task AutomatedDecisionMethod_PersonalDataArgument_ReportsThroughInterfaceAndOverride()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public interface ICreditCheck
                {
                    [AutomatedDecision] bool Approve(string email, decimal amount);
                }

                public sealed class CreditCheck : ICreditCheck
                {
                    public bool Approve(string email, decimal amount) => amount < 1000;
                }

                public sealed class Checkout
                {
                    public bool Run(CreditCheck check, Customer customer) => check.Approve({|#0:customer.Email|}, 10m);
                    public bool RunAnonymous(CreditCheck check, Customer customer) => check.Approve(customer.Plan, 10m);
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("Customer.Email", "CreditCheck.Approve"));
        }

        [Fact]
        public async Task ChatClientInsideAutomatedDecision_PersonalDataInMessages_Reports()
        {
            string source = """
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.AI;

                public sealed class Claims
                {
                    [AutomatedDecision]
                    public async Task<string> Assess(IChatClient chat, Customer customer)
                    {
                        var messages = new List<ChatMessage> { new ChatMessage(ChatRole.User, "Should we refund " + customer.Email + "?") };
                        ChatResponse answer = await chat.GetResponseAsync({|#0:messages|});
                        return answer.Text;
                    }

                    public async Task<string> Summarise(IChatClient chat, Customer customer)
                    {
                        ChatResponse answer = await chat.GetResponseAsync("Summarise the plan " + customer.Email);
                        return answer.Text;
                    }
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("messages", "IChatClient.GetResponseAsync"));
        }

        [Fact]
        public async Task HumanReviewOnCallerTypeOrDecision_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public sealed class Refunds
                {
                    [HumanReview]
                    public bool DecideReviewed(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row) => engine.Predict(row).Eligible;
                }

                [HumanReview]
                public sealed class ReviewedRefunds
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row) => engine.Predict(row).Eligible;
                }

                public sealed class Scoring
                {
                    [AutomatedDecision, HumanReview] public bool Approve(string email) => email.Length > 3;
                    public bool Run(Customer customer) => Approve(customer.Email);
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task RoutedThroughPendingDecision_NoDiagnostic()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public PendingDecision<RefundPrediction> Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row) =>
                        PendingDecision.Hold(engine.Predict(row));
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task HeldThroughMemberConfigureAwaitOrHeldReturnType_NoDiagnostic()
        {
            string source = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.AI;
                using Microsoft.ML;

                public sealed class Held
                {
                    public PendingDecision<bool> Member(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row) =>
                        PendingDecision.Hold(engine.Predict(row).Eligible);

                    [AutomatedDecision]
                    public async Task<PendingDecision<ChatResponse>> Chat(IChatClient chat, Customer customer) =>
                        PendingDecision.Hold(await chat.GetResponseAsync("Refund " + customer.Email).ConfigureAwait(false));

                    [AutomatedDecision]
                    public PendingDecision<bool> Approve(string email) => PendingDecision.Hold(email.Length > 3);

                    public bool Caller(Customer customer) => Approve(customer.Email).Proposed;
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task HumanReviewOnInterfaceMemberOrBaseClass_Counts()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public interface ICheck
                {
                    [AutomatedDecision, HumanReview] bool Approve(string email);
                }

                public sealed class Check : ICheck
                {
                    public bool Approve(string email) => email.Length > 3;
                }

                [HumanReview]
                public abstract class ReviewedService
                {
                }

                public sealed class Refunds : ReviewedService
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row, Check check, Customer customer) =>
                        engine.Predict(row).Eligible && check.Approve(customer.Email);
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task DiscardedResultInConstructor_NoFixThatWouldNotCompile()
        {
            string source = """
                using Microsoft.ML;

                public sealed class Warmup
                {
                    public Warmup(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row)
                    {
                        engine.Predict({|GDPR004:row|});
                    }
                }
                """ + Model;

            // Routing a discarded result would not compile (CS0201) and [HumanReview] is not allowed on constructors.
            var test = new Verify.Test { TestCode = source, FixedCode = source };
            await test.RunAsync();
        }

        [Fact]
        public async Task ActingOnTheUnreviewedProposal_Reported()
        {
            string source = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row) =>
                        PendingDecision.Hold(engine.Predict({|#0:row|})).Proposed.Eligible;
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("row", "PredictionEngine.Predict"));
        }

        [Fact]
        public async Task ConditionalAccessDecision_OnlyMarkReviewedOffered()
        {
            string source = """
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public bool? Decide(PredictionEngine<RefundInput, RefundPrediction>? engine, RefundInput row) => engine?.Predict({|GDPR004:row|}).Eligible;
                }
                """ + Model;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public sealed class Refunds
                {
                    [HumanReview]
                    public bool? Decide(PredictionEngine<RefundInput, RefundPrediction>? engine, RefundInput row) => engine?.Predict(row).Eligible;
                }
                """ + Model;

            // The first (only) action: routing is not offered, it would cut the call from its ?.
            var test = new Verify.Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionIndex = 0,
                CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task Exemptions_OnlyAuthorisedByLawWithReasonSilences_MissingReasonIsGdpr008()
        {
            string source = """
                using GdprAnalyzers.Annotations;

                public sealed class Decisions
                {
                    [AutomatedDecision(Exemption = AutomatedDecisionExemption.AuthorisedByLaw, Reason = "Anti-money-laundering screening required by national law")]
                    public bool Screen(string email) => true;

                    [AutomatedDecision(Exemption = AutomatedDecisionExemption.ContractNecessity, Reason = "Instant credit is the contract")]
                    public bool Credit(string email) => true;

                    [{|#1:AutomatedDecision(Exemption = AutomatedDecisionExemption.ExplicitConsent)|}]
                    public bool Offer(string email) => true;

                    public void Run(Customer customer)
                    {
                        Screen(customer.Email);
                        Credit({|#0:customer.Email|});
                        Offer({|#2:customer.Email|});
                    }
                }
                """ + Model;

            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(0).WithArguments("Customer.Email", "Decisions.Credit"),
                Verify.Diagnostic(RuleIds.ExemptionWithoutReason).WithLocation(1).WithArguments("ExplicitConsent", "Decisions.Offer"),
                Verify.Diagnostic(RuleIds.AutomatedDecisionWithoutReview).WithLocation(2).WithArguments("Customer.Email", "Decisions.Offer"));
        }

        [Fact]
        public async Task RouteFix_WrapsDecisionAndKeepsItsType()
        {
            string source = """
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row)
                    {
                        var prediction = engine.Predict({|GDPR004:row|});
                        return prediction.Eligible;
                    }
                }
                """ + Model;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row)
                    {
                        var prediction = PendingDecision.Hold(engine.Predict(row)).Outcome;
                        return prediction.Eligible;
                    }
                }
                """ + Model;

            await Verify.VerifyPersonalChoiceFixAsync(source, fixedSource, AutomatedDecisionCodeFixProvider.RouteKey);
        }

        [Fact]
        public async Task RouteFix_AwaitedChatDecision_WrapsTheAwait()
        {
            string source = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.AI;

                public sealed class Claims
                {
                    [AutomatedDecision]
                    public async Task<string> Assess(IChatClient chat, Customer customer)
                    {
                        ChatResponse answer = await chat.GetResponseAsync("Refund " + {|GDPR004:customer.Email|} + "?");
                        return answer.Text;
                    }
                }
                """ + Model;
            string fixedSource = """
                using System.Threading.Tasks;
                using GdprAnalyzers.Annotations;
                using Microsoft.Extensions.AI;

                public sealed class Claims
                {
                    [AutomatedDecision]
                    public async Task<string> Assess(IChatClient chat, Customer customer)
                    {
                        ChatResponse answer = PendingDecision.Hold(await chat.GetResponseAsync("Refund " + customer.Email + "?")).Outcome;
                        return answer.Text;
                    }
                }
                """ + Model;

            await Verify.VerifyPersonalChoiceFixAsync(source, fixedSource, AutomatedDecisionCodeFixProvider.RouteKey);
        }

        [Fact]
        public async Task MarkReviewedFix_AddsHumanReviewToCaller()
        {
            string source = """
                using Microsoft.ML;

                public sealed class Refunds
                {
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row)
                    {
                        return engine.Predict({|GDPR004:row|}).Eligible;
                    }
                }
                """ + Model;
            string fixedSource = """
                using GdprAnalyzers.Annotations;
                using Microsoft.ML;

                public sealed class Refunds
                {
                    [HumanReview]
                    public bool Decide(PredictionEngine<RefundInput, RefundPrediction> engine, RefundInput row)
                    {
                        return engine.Predict(row).Eligible;
                    }
                }
                """ + Model;

            await Verify.VerifyPersonalChoiceFixAsync(source, fixedSource, AutomatedDecisionCodeFixProvider.MarkReviewedKey);
        }
    }
}
