using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Facts
{
    /// <summary>The requests of data subjects whose handlers the code declares (GDPR016).</summary>
    public enum DataSubjectRequestKind
    {
        /// <summary>Erasure (GDPR Art. 17): <c>[ErasureRequestHandler]</c>.</summary>
        Erasure,

        /// <summary>Access (GDPR Art. 15): <c>[AccessRequestHandler]</c>.</summary>
        Access,
    }

    /// <summary>An item kept after an erasure, with the reason its <c>[RetainedAfterErasure]</c> states (GDPR Art. 17(3)).
    /// Immutable.</summary>
    public sealed class RetainedItemFact
    {
        /// <summary>Makes a fact; see the properties for each value.</summary>
        public RetainedItemFact(string item, string reason, Location location)
        {
            Item = item;
            Reason = reason;
            Location = location;
        }

        /// <summary>The item, as <see cref="RequestHandlerFact.Covered"/> names them (<c>Invoice.BillingName</c>).</summary>
        public string Item { get; }

        /// <summary>The reason stated ("invoices are kept ten years for the tax authority").</summary>
        public string Reason { get; }

        /// <summary>The attribute's place.</summary>
        public Location Location { get; }
    }

    /// <summary>
    /// A method that handles a data subject's request, as GDPR016 reads it (<c>DataSubjectRequestModel</c>): which stored
    /// personal data it covers and which it misses, for the record of processing. Recorded for each handler the analysis
    /// reads, reported or not. Immutable.
    /// </summary>
    public sealed class RequestHandlerFact
    {
        /// <summary>Makes a fact; see the properties for each value.</summary>
        public RequestHandlerFact(string handler, DataSubjectRequestKind request, ImmutableArray<string> covered, ImmutableArray<string> missed, ImmutableArray<RetainedItemFact> retained, Location location)
        {
            Handler = handler;
            Request = request;
            Covered = covered.IsDefault ? ImmutableArray<string>.Empty : covered;
            Missed = missed.IsDefault ? ImmutableArray<string>.Empty : missed;
            Retained = retained.IsDefault ? ImmutableArray<RetainedItemFact>.Empty : retained;
            Location = location;
        }

        /// <summary>The handler, as <c>Type.Method</c> (<c>AccountService.Erase</c>).</summary>
        public string Handler { get; }

        /// <summary>The request it handles.</summary>
        public DataSubjectRequestKind Request { get; }

        /// <summary>The personal data it covers (removes or anonymises for an erasure, reads for an access), each named
        /// <c>Type.Member</c> by the type that declares the member, and a navigation to an owned type by its own name
        /// (<c>Customer.Address</c>); ordered, without repeats.</summary>
        public ImmutableArray<string> Covered { get; }

        /// <summary>The personal data it misses, named as <see cref="Covered"/>: what GDPR016 reports. Empty when none.</summary>
        public ImmutableArray<string> Missed { get; }

        /// <summary>For an erasure, what is kept with a stated reason. Empty for an access.</summary>
        public ImmutableArray<RetainedItemFact> Retained { get; }

        /// <summary>The ids of the rules that report the handler (<c>GDPR016</c>), empty when it misses nothing.</summary>
        public ImmutableArray<string> RuleIds => Missed.IsEmpty ? ImmutableArray<string>.Empty : ImmutableArray.Create(GdprAnalyzers.RuleIds.DataSubjectRequestIncomplete);

        /// <summary>The handler's name in source.</summary>
        public Location Location { get; }

        /// <inheritdoc/>
        public override string ToString() => $"{Request}: {Handler} covers {Covered.Length}, misses {Missed.Length}";
    }
}
