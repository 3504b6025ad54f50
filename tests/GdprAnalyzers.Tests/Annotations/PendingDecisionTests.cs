using System;
using GdprAnalyzers.Annotations;

namespace GdprAnalyzers.Tests.Annotations
{
    /// <summary>The runtime side of GDPR Art. 22(3): a held decision cannot be acted on until a person reviews it.</summary>
    public sealed class PendingDecisionTests
    {
        [Fact]
        public void Outcome_BeforeReview_ThrowsWithTheDecision()
        {
            PendingDecision<bool> decision = PendingDecision.Hold(true);

            var error = Assert.Throws<DecisionPendingReviewException>(() => decision.Outcome);
            Assert.Same(decision, error.Decision);
            Assert.Equal(DecisionReviewStatus.Pending, decision.Status);
            Assert.False(decision.TryGetOutcome(out _));
            Assert.True(decision.Proposed);
        }

        [Fact]
        public void Confirm_GivesTheProposalAndRecordsTheReviewer()
        {
            PendingDecision<string> decision = PendingDecision.Hold("refund");

            decision.Confirm("agent-17");

            Assert.Equal("refund", decision.Outcome);
            Assert.Equal(DecisionReviewStatus.Confirmed, decision.Status);
            Assert.Equal("agent-17", decision.Reviewer);
            Assert.NotNull(decision.ReviewedAt);
        }

        [Fact]
        public void Override_GivesTheReviewersOutcomeAndReason()
        {
            PendingDecision<string> decision = PendingDecision.Hold("refuse");

            decision.Override("agent-17", "refund", "Parcel tracking shows it was lost");

            Assert.Equal("refund", decision.Outcome);
            Assert.Equal("refuse", decision.Proposed);
            Assert.Equal(DecisionReviewStatus.Overridden, decision.Status);
            Assert.Equal("Parcel tracking shows it was lost", decision.OverrideReason);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        public void Review_WithoutReviewer_Throws(string? reviewer)
        {
            PendingDecision<int> decision = PendingDecision.Hold(1);

            Assert.Throws<ArgumentException>(() => decision.Confirm(reviewer!));
            Assert.Throws<ArgumentException>(() => decision.Override("agent", 2, reviewer!));
            Assert.Equal(DecisionReviewStatus.Pending, decision.Status);
        }

        [Fact]
        public void Review_Twice_Throws()
        {
            PendingDecision<int> decision = PendingDecision.Hold(1);
            decision.Confirm("agent-1");

            Assert.Throws<InvalidOperationException>(() => decision.Override("agent-2", 2, "changed my mind"));
            Assert.Equal(1, decision.Outcome);
            Assert.Equal("agent-1", decision.Reviewer);
        }
    }
}
