using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary>
    /// The record of processing activities (GDPR Art. 30(1)) as far as the code declares it: every personal data item with
    /// its purposes, lawful bases and retention, and every flow the analysis found (stored, logged, sent, decided on),
    /// each with file and line; what the code cannot know is <see cref="ToBeCompleted"/>. Serialised as
    /// <c>record.json</c> (docs/record-schema.md, <see cref="CurrentSchemaVersion"/>); built by
    /// <see cref="RecordBuilder"/> from the analyzers' facts, never by analysing again.
    /// </summary>
    public sealed class ProcessingRecord
    {
        /// <summary>The schema's version: the major part changes when a field changes meaning or goes away, the minor part
        /// when fields are added.</summary>
        public const string CurrentSchemaVersion = "1.1";

        /// <summary>The schema's documentation, which every record names.</summary>
        public const string SchemaUri = "https://github.com/gdpr-analyzers/gdpr-analyzers/blob/main/docs/record-schema.md";

        /// <summary>Where the schema is documented (<see cref="SchemaUri"/>).</summary>
        [JsonPropertyName("$schema")]
        public string Schema { get; init; } = SchemaUri;

        /// <summary>The schema version the record follows (<see cref="CurrentSchemaVersion"/>).</summary>
        public string SchemaVersion { get; init; } = CurrentSchemaVersion;

        /// <summary>The tool and version that wrote it (<c>GdprAnalyzers 0.1.0</c>). Not compared.</summary>
        public string GeneratedBy { get; init; } = "";

        /// <summary>The solution, project or folder the record was made from, relative to the root folder. Not compared.</summary>
        public string Source { get; init; } = "";

        /// <summary>The projects analysed, by name.</summary>
        public List<string> Projects { get; init; } = new();

        /// <summary>What Art. 30(1) asks and code cannot know: for the controller to fill in.</summary>
        public ToBeCompleted ToBeCompleted { get; init; } = new();

        /// <summary>Every personal data item the code declares, in source order.</summary>
        public List<RecordItem> Items { get; init; } = new();

        /// <summary>Every flow of personal data the analysis found, by item, kind and destination.</summary>
        public List<RecordFlow> Flows { get; init; } = new();

        /// <summary>The recipients personal data is sent to (Art. 30(1)(d), (e)): from the transfer flows; empty until the
        /// code declares recipients.</summary>
        public List<RecordRecipient> Recipients { get; init; } = new();

        /// <summary>The handlers of data subjects' requests (erasure, Art. 17; access, Art. 15) and what is kept after an
        /// erasure.</summary>
        public RequestHandlers RequestHandlers { get; init; } = new();

        /// <summary>What is stored without a declared purpose, lawful basis or retention period, item by item.</summary>
        public List<Undeclared> Undeclared { get; init; } = new();
    }

    /// <summary>What Art. 30(1) asks that code cannot know. Each value is <see cref="Placeholder"/> until a person writes it
    /// (the tool always writes the placeholder; keep the completed text in your own copy or documentation).</summary>
    public sealed class ToBeCompleted
    {
        /// <summary>The text written where the controller must complete the record.</summary>
        public const string Placeholder = "to be completed";

        /// <summary>The name and contact details of the controller, joint controller and representative (Art. 30(1)(a)).</summary>
        public string Controller { get; init; } = Placeholder;

        /// <summary>The data protection officer's contact details (Art. 30(1)(a), 37).</summary>
        public string DataProtectionOfficer { get; init; } = Placeholder;

        /// <summary>The categories of data subjects (customers, employees...; Art. 30(1)(c)).</summary>
        public string CategoriesOfDataSubjects { get; init; } = Placeholder;

        /// <summary>A general description of the technical and organisational security measures (Art. 30(1)(g), 32(1)).</summary>
        public string SecurityMeasures { get; init; } = Placeholder;
    }

    /// <summary>A place in source: file relative to the root folder, 1-based line. Never compared.</summary>
    public sealed record RecordLocation
    {
        /// <summary>The file, relative to the root folder, with '/' separators.</summary>
        public string Path { get; init; } = "";

        /// <summary>The 1-based line.</summary>
        public int Line { get; init; }

        /// <inheritdoc/>
        public override string ToString() => Path + ":" + Line;
    }

    /// <summary>A retention period as declared: an ISO 8601 duration and what starts or ends it (Art. 5(1)(e), 30(1)(f)).</summary>
    public sealed record RecordRetention
    {
        /// <summary>The duration as written (<c>P2Y</c>).</summary>
        public string Period { get; init; } = "";

        /// <summary>What starts or ends it (<c>after the customer's last conversation</c>), or null.</summary>
        public string? Criteria { get; init; }

        /// <inheritdoc/>
        public override string ToString() => Criteria is null ? Period : Period + " (" + Criteria + ")";

        /// <summary>The period in words for a reader, with the duration as written: <c>2 years after the customer's last
        /// conversation (P2Y)</c>, <c>1 year and 6 months (P1Y6M)</c>; a duration that is not ISO 8601's
        /// <c>PnYnMnWnDTnHnMnS</c> as written.</summary>
        public string InWords()
        {
            System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(
                Period, @"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$");
            string[] units = { "year", "month", "week", "day", "hour", "minute", "second" };
            var parts = new List<string>();
            for (int i = 0; match.Success && i < units.Length; i++)
            {
                if (match.Groups[i + 1].Success)
                {
                    string count = match.Groups[i + 1].Value;
                    parts.Add(count + " " + units[i] + (count == "1" ? "" : "s"));
                }
            }

            string words = parts.Count == 0 ? Period
                : parts.Count == 1 ? parts[0]
                : string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1];
            return (words + (Criteria is null ? "" : " " + Criteria)) + (parts.Count == 0 ? "" : " (" + Period + ")");
        }
    }

    /// <summary>One personal data item: a type marked as a whole, or a member that is personal data.</summary>
    public sealed class RecordItem
    {
        /// <summary>The item's key in the record: its name, or <c>Project:Name</c> where two projects declare the same name.</summary>
        public string Id { get; init; } = "";

        /// <summary>The item as the diagnostics name it (<c>Customer.Email</c>, or a type's name).</summary>
        public string Name { get; init; } = "";

        /// <summary>The type that declares it (or the type marked as a whole).</summary>
        public string Type { get; init; } = "";

        /// <summary>The member, or null for a type marked as a whole.</summary>
        public string? Member { get; init; }

        /// <summary>The project that declares it.</summary>
        public string Project { get; init; } = "";

        /// <summary>The <c>PersonalDataCategory</c> given (<c>Contact</c>...), or null where none is.</summary>
        public string? Category { get; init; }

        /// <summary>Whether it is special-category data (Art. 9).</summary>
        public bool SpecialCategory { get; init; }

        /// <summary>The processing purposes stated for it: on the member or its type, and by the stores that keep it.</summary>
        public List<string> Purposes { get; init; } = new();

        /// <summary>The lawful bases stated for it (Art. 6(1)), by <c>LawfulBasis</c> name, from the same places.</summary>
        public List<string> LawfulBases { get; init; } = new();

        /// <summary>The retention periods stated by the stores that keep it.</summary>
        public List<RecordRetention> Retention { get; init; } = new();

        /// <summary>The declaration's place.</summary>
        public RecordLocation? Location { get; init; }
    }

    /// <summary>The kinds of <see cref="RecordFlow"/>.</summary>
    public static class FlowKinds
    {
        /// <summary>Stored in a database, file, cache, session or cookie.</summary>
        public const string Storage = "storage";

        /// <summary>Written to a log or telemetry.</summary>
        public const string Log = "log";

        /// <summary>Passed to an automated decision about a person (Art. 22).</summary>
        public const string AutomatedDecision = "automatedDecision";

        /// <summary>Sent to a recipient (Art. 30(1)(d), (e); from GDPR011's facts).</summary>
        public const string Transfer = "transfer";
    }

    /// <summary>One flow: an item (or a value of no declared item) going to one destination under one set of
    /// declarations, found at one or more places.</summary>
    public sealed class RecordFlow
    {
        /// <summary>The item's <see cref="RecordItem.Id"/>, or null when the value comes from no declared item.</summary>
        public string? Item { get; init; }

        /// <summary>For a value of no declared item, what the analysis calls it (a parameter's name, an expression); null
        /// when <see cref="Item"/> is set.</summary>
        public string? Data { get; init; }

        /// <summary>The data's category where the analysis knows it (for values of no declared item).</summary>
        public string? Category { get; init; }

        /// <summary>The kind (<see cref="FlowKinds"/>).</summary>
        public string Kind { get; init; } = "";

        /// <summary>Where it goes: the store (<c>SupportDb.Customers</c>), log call, decision or recipient.</summary>
        public string Destination { get; init; } = "";

        /// <summary>The purpose stated by the nearest declaration (storage).</summary>
        public string? Purpose { get; init; }

        /// <summary>The lawful basis stated by the nearest declaration (storage).</summary>
        public string? LawfulBasis { get; init; }

        /// <summary>The retention period stated (storage).</summary>
        public RecordRetention? Retention { get; init; }

        /// <summary>Whether a person reviews the decision (automated decisions only; null otherwise).</summary>
        public bool? HumanReview { get; init; }

        /// <summary>The recipient (transfers only; null otherwise).</summary>
        public RecordRecipient? Recipient { get; init; }

        /// <summary>The rules that report the flow (<c>GDPR002</c>...); empty when compliant.</summary>
        public List<string> Findings { get; init; } = new();

        /// <summary>Where the flow was found.</summary>
        public List<RecordLocation> Locations { get; init; } = new();
    }

    /// <summary>A recipient of personal data (Art. 4(9)), as the code declares it ([Recipient], GDPR011).</summary>
    public sealed class RecordRecipient
    {
        /// <summary>The recipient's name.</summary>
        public string Name { get; init; } = "";

        /// <summary>Its role (processor, controller, joint controller...), or null where not declared.</summary>
        public string? Role { get; init; }

        /// <summary>The country it is in, or null where not declared.</summary>
        public string? Country { get; init; }

        /// <summary>The transfer mechanism to a third country (Art. 44-49: adequacy decision, standard contractual
        /// clauses...), or null where not declared.</summary>
        public string? TransferMechanism { get; init; }

        /// <summary>The items sent to it (filled in <see cref="ProcessingRecord.Recipients"/>; empty inside a flow).</summary>
        public List<string> Items { get; init; } = new();
    }

    /// <summary>The handlers of data subjects' requests the code declares (GDPR016: <c>[ErasureRequestHandler]</c>,
    /// <c>[AccessRequestHandler]</c>, <c>[RetainedAfterErasure]</c>).</summary>
    public sealed class RequestHandlers
    {
        /// <summary>The text of <see cref="Status"/> while the code declares no handler.</summary>
        public const string NotDeclared = "not declared";

        /// <summary>The text of <see cref="Status"/> once the code declares a handler.</summary>
        public const string Declared = "declared";

        /// <summary><see cref="NotDeclared"/>, or <see cref="Declared"/>.</summary>
        public string Status { get; init; } = NotDeclared;

        /// <summary>The handlers of erasure requests (Art. 17) and the items each covers.</summary>
        public List<RequestHandler> Erasure { get; init; } = new();

        /// <summary>The handlers of access requests (Art. 15) and the items each covers.</summary>
        public List<RequestHandler> Access { get; init; } = new();

        /// <summary>Items kept after an erasure, with the stated reason (Art. 17(3)).</summary>
        public List<RetainedItem> RetainedAfterErasure { get; init; } = new();
    }

    /// <summary>A request handler and the items it covers.</summary>
    public sealed class RequestHandler
    {
        /// <summary>The handler (<c>AccountService.Erase</c>).</summary>
        public string Handler { get; init; } = "";

        /// <summary>The items it covers, by id: removes or anonymises (erasure), reads (access).</summary>
        public List<string> Items { get; init; } = new();

        /// <summary>The items it misses, by id: what GDPR016 reports (schema 1.1). Empty when none.</summary>
        public List<string> Missed { get; init; } = new();

        /// <summary>Its place.</summary>
        public RecordLocation? Location { get; init; }
    }

    /// <summary>An item kept after erasure, and why.</summary>
    public sealed class RetainedItem
    {
        /// <summary>The item's id.</summary>
        public string Item { get; init; } = "";

        /// <summary>The reason stated (a legal obligation...).</summary>
        public string? Reason { get; init; }

        /// <summary>Its place.</summary>
        public RecordLocation? Location { get; init; }
    }

    /// <summary>An item (or value) stored without a declaration a record needs.</summary>
    public sealed class Undeclared
    {
        /// <summary>The item's id, or the value's name where it comes from no declared item.</summary>
        public string Item { get; init; } = "";

        /// <summary>Where it is stored.</summary>
        public string Destination { get; init; } = "";

        /// <summary>What is missing: <c>purpose</c>, <c>lawfulBasis</c>, <c>retention</c>.</summary>
        public List<string> Missing { get; init; } = new();

        /// <summary>Where the flow was found.</summary>
        public List<RecordLocation> Locations { get; init; } = new();
    }
}
