using System;
using System.Threading;

namespace GdprAnalyzers.Annotations
{
    /// <summary>Where a <see cref="PendingDecision{T}"/> stands.</summary>
    public enum DecisionReviewStatus
    {
        /// <summary>Proposed by automated processing; not yet reviewed. Its outcome cannot be read.</summary>
        Pending = 0,

        /// <summary>A reviewer confirmed the proposal.</summary>
        Confirmed = 1,

        /// <summary>A reviewer replaced the proposal with another outcome.</summary>
        Overridden = 2,
    }

    /// <summary>
    /// Entry point for holding automated decisions for human review (GDPR Art. 22(1) and (3): a decision with legal or
    /// similarly significant effect is not based solely on automated processing; the data subject can obtain human
    /// intervention). GdprAnalyzers' GDPR004 treats a decision passed to <see cref="Hold{T}"/> as reviewed.
    /// </summary>
    public static class PendingDecision
    {
        private static Action<IPendingDecision>? onHold;

        /// <summary>
        /// Called once for each decision <see cref="Hold{T}"/> creates, before it is returned: put it in a review queue,
        /// notify a case handler, or (in a tool where a person reviews on the spot) confirm it. Set once at start-up;
        /// <see langword="null"/> (the default) does nothing.
        /// </summary>
        public static Action<IPendingDecision>? OnHold
        {
            get => Volatile.Read(ref onHold);
            set => Volatile.Write(ref onHold, value);
        }

        /// <summary>Holds an automated proposal until a person reviews it.</summary>
        /// <typeparam name="T">The decision's result type, e.g. an ML.NET prediction or a chat response.</typeparam>
        /// <param name="proposed">The automated result; may be <see langword="null"/> for reference types.</param>
        /// <returns>A pending decision whose <see cref="PendingDecision{T}.Outcome"/> throws until it is reviewed.</returns>
        public static PendingDecision<T> Hold<T>(T proposed)
        {
            var decision = new PendingDecision<T>(proposed);
            OnHold?.Invoke(decision);
            return decision;
        }
    }

    /// <summary>The review side of a pending decision, independent of its result type.</summary>
    public interface IPendingDecision
    {
        /// <summary>Where the review stands.</summary>
        DecisionReviewStatus Status { get; }

        /// <summary>The automated proposal, boxed, for display to the reviewer.</summary>
        object? ProposedValue { get; }

        /// <summary>Who reviewed it; <see langword="null"/> while pending.</summary>
        string? Reviewer { get; }

        /// <summary>Confirms the proposal. See <see cref="PendingDecision{T}.Confirm"/>.</summary>
        void Confirm(string reviewer);
    }

    /// <summary>
    /// An automated decision held for human review: the proposal can be shown, but the outcome cannot be acted on until a
    /// named reviewer confirms or overrides it (GDPR Art. 22(3)). Thread-safe; reviewed once.
    /// </summary>
    /// <typeparam name="T">The decision's result type.</typeparam>
    public sealed class PendingDecision<T> : IPendingDecision
    {
        private readonly object gate = new object();
        private T outcome;
        private DecisionReviewStatus status;
        private string? reviewer;
        private string? overrideReason;
        private DateTimeOffset? reviewedAt;

        internal PendingDecision(T proposed)
        {
            Proposed = proposed;
            outcome = proposed;
        }

        /// <summary>The automated proposal, for the reviewer to see. Acting on it bypasses the review.</summary>
        public T Proposed { get; }

        /// <inheritdoc/>
        public object? ProposedValue => Proposed;

        /// <inheritdoc/>
        public DecisionReviewStatus Status
        {
            get { lock (gate) { return status; } }
        }

        /// <inheritdoc/>
        public string? Reviewer
        {
            get { lock (gate) { return reviewer; } }
        }

        /// <summary>When it was reviewed (UTC); <see langword="null"/> while pending.</summary>
        public DateTimeOffset? ReviewedAt
        {
            get { lock (gate) { return reviewedAt; } }
        }

        /// <summary>The reviewer's reason for overriding; <see langword="null"/> unless overridden.</summary>
        public string? OverrideReason
        {
            get { lock (gate) { return overrideReason; } }
        }

        /// <summary>The reviewed outcome: the proposal if confirmed, the reviewer's outcome if overridden.</summary>
        /// <exception cref="DecisionPendingReviewException">The decision has not been reviewed yet.</exception>
        public T Outcome
        {
            get
            {
                lock (gate)
                {
                    if (status == DecisionReviewStatus.Pending)
                    {
                        throw new DecisionPendingReviewException(this);
                    }

                    return outcome;
                }
            }
        }

        /// <summary>Gets the outcome if the decision has been reviewed.</summary>
        /// <param name="reviewed">The outcome; the default of <typeparamref name="T"/> while pending.</param>
        /// <returns>Whether the decision has been reviewed.</returns>
        public bool TryGetOutcome(out T reviewed)
        {
            lock (gate)
            {
                reviewed = status == DecisionReviewStatus.Pending ? default! : outcome;
                return status != DecisionReviewStatus.Pending;
            }
        }

        /// <summary>Confirms the proposal as the outcome.</summary>
        /// <param name="reviewer">Who reviewed it (a name or staff id); not empty.</param>
        /// <exception cref="ArgumentException"><paramref name="reviewer"/> is null, empty or white space.</exception>
        /// <exception cref="InvalidOperationException">The decision was already reviewed.</exception>
        public void Confirm(string reviewer) => Review(reviewer, Proposed, DecisionReviewStatus.Confirmed, null);

        /// <summary>Replaces the proposal with the reviewer's outcome.</summary>
        /// <param name="reviewer">Who reviewed it; not empty.</param>
        /// <param name="outcome">The outcome the reviewer decided.</param>
        /// <param name="reason">Why the proposal was changed; not empty (it is what the data subject may contest).</param>
        /// <exception cref="ArgumentException"><paramref name="reviewer"/> or <paramref name="reason"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The decision was already reviewed.</exception>
        public void Override(string reviewer, T outcome, string reason)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new ArgumentException("An override states its reason.", nameof(reason));
            }

            Review(reviewer, outcome, DecisionReviewStatus.Overridden, reason);
        }

        private void Review(string reviewerName, T reviewedOutcome, DecisionReviewStatus newStatus, string? reason)
        {
            if (string.IsNullOrWhiteSpace(reviewerName))
            {
                throw new ArgumentException("A review names its reviewer.", "reviewer");
            }

            lock (gate)
            {
                if (status != DecisionReviewStatus.Pending)
                {
                    throw new InvalidOperationException($"The decision was already reviewed by {reviewer}.");
                }

                outcome = reviewedOutcome;
                status = newStatus;
                reviewer = reviewerName;
                overrideReason = reason;
                reviewedAt = DateTimeOffset.UtcNow;
            }
        }
    }

    /// <summary>Thrown when the outcome of a <see cref="PendingDecision{T}"/> is read before a person reviewed it.</summary>
    public sealed class DecisionPendingReviewException : InvalidOperationException
    {
        /// <summary>Creates the exception for <paramref name="decision"/>.</summary>
        public DecisionPendingReviewException(IPendingDecision decision)
            : base("This automated decision is held for human review (GDPR Art. 22) and cannot be acted on until a reviewer confirms or overrides it.")
        {
            Decision = decision;
        }

        /// <summary>The decision waiting for review.</summary>
        public IPendingDecision Decision { get; }
    }
}
