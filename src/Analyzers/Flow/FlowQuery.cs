using System.Threading;

namespace GdprAnalyzers
{
    /// <summary>
    /// The state of one question to the flow engine: the cancellation token of the analysis that asked, the values
    /// visited so far against a budget, and how many summary levels the question may still descend into. A question
    /// from an analyzer gets a fresh query; so does the computation of each method summary (its walks share one
    /// budget, and the summaries it uses are computed with budgets of their own). Nothing in it is shared between
    /// threads or between questions, so the answer depends only on the code asked about, never on what was analysed
    /// before or concurrently (the IDE and the build agree).
    /// </summary>
    internal sealed class FlowQuery
    {
        /// <summary>How often (in visited values) a query looks at its cancellation token.</summary>
        private const int CancellationCheckInterval = 256;

        private int visits;

        /// <param name="cancellationToken">The token of the analysis that asked; observed every
        /// <see cref="CancellationCheckInterval"/> visits (<see cref="System.OperationCanceledException"/>).</param>
        /// <param name="visitBudget">How many values the query may visit; past it the query stops and keeps what it found.</param>
        /// <param name="summaryHeight">How many levels of method summaries the query may still use: a summary used by this
        /// query is computed with one level less; below zero, calls are not followed into the project's methods.</param>
        public FlowQuery(CancellationToken cancellationToken, int visitBudget, int summaryHeight)
        {
            CancellationToken = cancellationToken;
            VisitBudget = visitBudget;
            SummaryHeight = summaryHeight;
        }

        /// <summary>The token of the analysis that asked.</summary>
        public CancellationToken CancellationToken { get; }

        /// <summary>How many values the query may visit.</summary>
        public int VisitBudget { get; }

        /// <summary>How many levels of method summaries the query may use (see the constructor).</summary>
        public int SummaryHeight { get; }

        /// <summary>Whether a bound cut the answer short: the visit budget ran out, or a summary used was itself cut short
        /// or could not be computed at this height. A summary computed by a cut-short query is valid at its height only.</summary>
        public bool CutShort { get; private set; }

        /// <summary>The summary levels the answer actually used: 0 when it used no summary, else one more than the deepest
        /// summary it used. An answer that was not cut short is the same at any height of at least this.</summary>
        public int UsedHeight { get; private set; }

        /// <summary>Counts one visited value; false once the budget is spent (the caller then stops following).</summary>
        /// <exception cref="System.OperationCanceledException">The analysis was cancelled.</exception>
        public bool Visit()
        {
            visits++;
            if ((visits & (CancellationCheckInterval - 1)) == 0)
            {
                CancellationToken.ThrowIfCancellationRequested();
            }

            if (visits > VisitBudget)
            {
                CutShort = true;
                return false;
            }

            return true;
        }

        /// <summary>Records that the answer used a summary whose own answer needed <paramref name="usedHeight"/> levels and
        /// was (or was not) <paramref name="cutShort"/>.</summary>
        public void UsedSummary(int usedHeight, bool cutShort)
        {
            if (usedHeight + 1 > UsedHeight)
            {
                UsedHeight = usedHeight + 1;
            }

            CutShort |= cutShort;
        }

        /// <summary>Records that a call could not be followed because no summary level was left.</summary>
        public void OutOfHeight() => CutShort = true;
    }
}
