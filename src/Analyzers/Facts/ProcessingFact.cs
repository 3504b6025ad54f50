using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Facts
{
    /// <summary>Where personal data goes in one <see cref="ProcessingFact"/>: the kinds of processing the record of
    /// processing activities (GDPR Art. 30(1)) and the rules describe.</summary>
    public enum ProcessingKind
    {
        /// <summary>Stored: an EF Core entity's member, or a value written to a database, file, cache, session or cookie
        /// (GDPR002, GDPR003, GDPR013; Art. 5(1)(b), 5(1)(e), 6(1)).</summary>
        Storage,

        /// <summary>Written to a log or telemetry unredacted (GDPR001, GDPR006; Art. 5(1)(c), 32).</summary>
        Log,

        /// <summary>Passed to an automated decision about a person (GDPR004; Art. 22).</summary>
        AutomatedDecision,

        /// <summary>Sent to a recipient: a model vendor, a web API, an e-mail service (GDPR011; Art. 4(9), 13(1)(e),
        /// 30(1)(d)-(e), 44-49). <see cref="ProcessingFact.Recipient"/> says who, when declared.</summary>
        Transfer,
    }

    /// <summary>A recipient of personal data as the code declares it (<c>[Recipient]</c> or the models file), for the
    /// record of processing (GDPR Art. 30(1)(d)-(e)). Immutable.</summary>
    public sealed class RecipientFact
    {
        /// <summary>Makes a recipient fact; see the properties for each value.</summary>
        public RecipientFact(string name, string role, string? country, string mechanism, string? reason)
        {
            Name = name;
            Role = role;
            Country = country;
            Mechanism = mechanism;
            Reason = reason;
        }

        /// <summary>Who receives the data, as declared (<c>OpenAI</c>).</summary>
        public string Name { get; }

        /// <summary>The <c>RecipientRole</c> member's name: <c>Processor</c>, <c>Controller</c>, <c>JointController</c>,
        /// or <c>Unspecified</c> when not stated.</summary>
        public string Role { get; }

        /// <summary>The ISO 3166-1 alpha-2 country code as declared, or null when not stated.</summary>
        public string? Country { get; }

        /// <summary>The <c>TransferMechanism</c> member's name (<c>StandardContractualClauses</c>), or <c>None</c>.</summary>
        public string Mechanism { get; }

        /// <summary>The stated reason for a derogation (Art. 49), or null.</summary>
        public string? Reason { get; }
    }

    /// <summary>
    /// One flow of personal data that the analysis found: what (<see cref="Data"/>, <see cref="Category"/>), where to
    /// (<see cref="Kind"/>, <see cref="Destination"/>), under which declarations (<see cref="Purpose"/>,
    /// <see cref="LawfulBasis"/>, <see cref="RetentionPeriod"/>, <see cref="HumanReview"/>), and which rules report it (<see cref="RuleIds"/>, empty when
    /// the flow is compliant). Made by the analyzers while they run, for hosts that are not analyzers (the record of
    /// processing); see <see cref="ProcessingFactsRecorder"/>. Immutable.
    /// </summary>
    public sealed class ProcessingFact
    {
        /// <summary>Makes a fact; see the properties for each value.</summary>
        public ProcessingFact(
            ProcessingKind kind,
            string data,
            string? category,
            string destination,
            string? purpose,
            string? lawfulBasis,
            bool humanReview,
            ImmutableArray<string> ruleIds,
            Location location,
            string? retentionPeriod = null,
            string? retentionCriteria = null,
            RecipientFact? recipient = null,
            string? item = null)
        {
            Recipient = recipient;
            Kind = kind;
            Data = data;
            Category = category;
            Destination = destination;
            Purpose = purpose;
            LawfulBasis = lawfulBasis;
            HumanReview = humanReview;
            RuleIds = ruleIds.IsDefault ? ImmutableArray<string>.Empty : ruleIds;
            Location = location;
            RetentionPeriod = retentionPeriod;
            RetentionCriteria = retentionCriteria;
            Item = item;
        }

        /// <summary>The kind of processing.</summary>
        public ProcessingKind Kind { get; }

        /// <summary>The personal data, as the diagnostics name it: a member (<c>Customer.Email</c>), a type, or the
        /// expression that holds it.</summary>
        public string Data { get; }

        /// <summary>The data's category: the name of the <c>PersonalDataCategory</c> it is marked with (<c>Contact</c>,
        /// <c>SpecialCategory</c>...), <c>Credential</c> for a credential, or null where none is given.</summary>
        public string? Category { get; }

        /// <summary>The declared personal data item the value comes from, named as <see cref="PersonalDataItem.Name"/> names it
        /// (<c>Customer.LicencePlate</c> for a local <c>plate</c> assigned from it; a type marked as a whole by its name),
        /// or null where the value comes from no member or type of the code (a <c>[PersonalData]</c> parameter, a method's
        /// result, a framework source). The record of processing draws its flows from the item.</summary>
        public string? Item { get; }

        /// <summary>Where it goes, as the diagnostics name it: the store (<c>ShopContext.Customers</c>,
        /// <c>IDistributedCache.SetStringAsync</c>), the log call (<c>ILogger.LogInformation</c>) or the decision.</summary>
        public string Destination { get; }

        /// <summary>The processing purpose stated by the nearest declaration (Art. 5(1)(b)), or null when none is stated
        /// (missing or a placeholder). Storage only.</summary>
        public string? Purpose { get; }

        /// <summary>The lawful basis stated by the nearest declaration, by its <c>LawfulBasis</c> name (Art. 6(1)), or null
        /// when none is stated. Storage only.</summary>
        public string? LawfulBasis { get; }

        /// <summary>The retention period stated by the nearest <c>[RetentionPeriod]</c>, an ISO 8601 duration as written
        /// (<c>P90D</c>; GDPR Art. 5(1)(e), 13(2)(a), 30(1)(f)), or null when none is stated (missing, a placeholder or not
        /// a duration). Storage only.</summary>
        public string? RetentionPeriod { get; }

        /// <summary>What starts or ends the retention period, as its declaration's <c>Criteria</c> states it ("after the
        /// contract ends"), or null when not given. Storage only.</summary>
        public string? RetentionCriteria { get; }

        /// <summary>Who receives the data, when a recipient is declared; null when none is (or only a placeholder).
        /// Transfers only.</summary>
        public RecipientFact? Recipient { get; }

        /// <summary>Whether a person reviews the decision (<c>[HumanReview]</c> or routing through review, Art. 22(3)).
        /// Automated decisions only.</summary>
        public bool HumanReview { get; }

        /// <summary>The ids of the rules that report this flow (<c>GDPR002</c>, <c>GDPR003</c>...); empty when the flow is
        /// compliant. Never default.</summary>
        public ImmutableArray<string> RuleIds { get; }

        /// <summary>Whether no rule reports the flow.</summary>
        public bool IsCompliant => RuleIds.IsEmpty;

        /// <summary>Where the data is in the source: the flagged expression, or the entity member's declaration.</summary>
        public Location Location { get; }

        /// <inheritdoc/>
        public override string ToString() =>
            $"{Kind}: {Data} -> {Destination}" + (IsCompliant ? " (compliant)" : " (" + string.Join(", ", RuleIds) + ")");
    }
}
