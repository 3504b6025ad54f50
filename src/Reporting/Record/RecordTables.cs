using System;
using System.Collections.Generic;
using System.Linq;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary>One table of the record, as both the Markdown and the HTML page show it.</summary>
    /// <param name="Title">The section's heading.</param>
    /// <param name="Introduction">One sentence under the heading.</param>
    /// <param name="Headers">The column headers.</param>
    /// <param name="Rows">The rows; empty: <paramref name="Empty"/> is shown instead.</param>
    /// <param name="Empty">What to say when there are no rows.</param>
    public sealed record RecordTable(string Title, string Introduction, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string Empty);

    /// <summary>The sections of a record as tables, the same for <see cref="RecordMarkdown"/> and <see cref="RecordHtml"/>,
    /// so the two never say different things.</summary>
    public static class RecordTables
    {
        /// <summary>The text a DPO reads before the tables.</summary>
        public static string Preamble(ProcessingRecord record) =>
            $"Derived from the code of {(record.Source.Length == 0 ? "the projects" : record.Source)} ({(record.Projects.Count <= 5 ? string.Join(", ", record.Projects) : record.Projects.Count + " projects")}) by {record.GeneratedBy}: "
            + "the personal data the code declares, what it states about each (processing purposes, lawful bases, retention periods), and where the analysis "
            + "found it going (stored, logged, sent, decided on). It is the part of the record of processing activities (GDPR Art. 30(1)) that the code can tell; "
            + "what the code cannot know is marked \"to be completed\". It supports compliance work and is not legal advice.";

        /// <summary>Every section, in reading order.</summary>
        public static IReadOnlyList<RecordTable> All(ProcessingRecord record)
        {
            Dictionary<string, RecordItem> items = record.Items.ToDictionary(item => item.Id, StringComparer.Ordinal);
            return new[]
            {
                new RecordTable(
                    "To be completed by the controller",
                    "What Art. 30(1) asks and the code cannot know.",
                    new[] { "Art. 30(1)", "Entry", "Value" },
                    new[]
                    {
                        Row("(a)", "Name and contact details of the controller (joint controller, representative)", record.ToBeCompleted.Controller),
                        Row("(a)", "Data protection officer", record.ToBeCompleted.DataProtectionOfficer),
                        Row("(c)", "Categories of data subjects", record.ToBeCompleted.CategoriesOfDataSubjects),
                        Row("(g)", "Technical and organisational security measures", record.ToBeCompleted.SecurityMeasures),
                    },
                    ""),
                new RecordTable(
                    "Personal data",
                    "Every item the code declares personal data (Art. 30(1)(b), (c), (f)), with the purposes, lawful bases and retention periods stated on it or by the stores that keep it.",
                    new[] { "Item", "Category", "Special category (Art. 9)", "Purposes", "Lawful bases", "Retention", "Declared at" },
                    record.Items.Select(item => Row(item.Id, item.Category ?? "not given", item.SpecialCategory ? "yes" : "no", List(item.Purposes, "not declared"), List(item.LawfulBases, "not declared"), List(item.Retention.Select(retention => retention.InWords()), "not declared"), item.Location?.ToString() ?? "")).ToList(),
                    "The code declares no personal data."),
                Flows(record, items, FlowKinds.Storage, "Stored", "Where personal data is kept, with the declarations that apply there.", new[] { "Item", "Store", "Purpose", "Lawful basis", "Retention", "Findings", "Where" },
                    flow => new[] { flow.Destination, flow.Purpose ?? "not declared", flow.LawfulBasis ?? "not declared", flow.Retention?.InWords() ?? "not declared" }, "Nothing is stored."),
                Flows(record, items, FlowKinds.Log, "Logged", "Personal data (GDPR001) and credentials (GDPR006) written to logs or telemetry unredacted: each a finding.", new[] { "Item", "Log", "Findings", "Where" },
                    flow => new[] { flow.Destination }, "No personal data reaches a log unredacted."),
                Flows(record, items, FlowKinds.Transfer, "Sent to recipients", "Personal data sent to recipients (Art. 30(1)(d), (e)).", new[] { "Item", "Recipient", "Role", "Country", "Transfer mechanism", "Findings", "Where" },
                    flow => new[] { flow.Recipient?.Name ?? flow.Destination, flow.Recipient?.Role ?? "not declared", flow.Recipient?.Country ?? "not declared", flow.Recipient?.TransferMechanism ?? "not declared" }, "Not declared in the code: no recipient is declared."),
                Flows(record, items, FlowKinds.AutomatedDecision, "Decided on", "Personal data used by automated decisions about a person (Art. 22).", new[] { "Item", "Decision", "Reviewed by a person", "Findings", "Where" },
                    flow => new[] { flow.Destination, flow.HumanReview == true ? "yes" : "no" }, "No automated decision uses personal data."),
                new RecordTable(
                    "Recipients",
                    "Who receives personal data (Art. 30(1)(d), (e)).",
                    new[] { "Recipient", "Role", "Country", "Transfer mechanism", "Items" },
                    record.Recipients.Select(recipient => Row(recipient.Name, recipient.Role ?? "not declared", recipient.Country ?? "not declared", recipient.TransferMechanism ?? "not declared", List(recipient.Items, ""))).ToList(),
                    "Not declared in the code."),
                new RecordTable(
                    "Data subjects' requests",
                    "The handlers of erasure (Art. 17) and access (Art. 15) requests: the stored personal data each removes, anonymises or reads, and what it misses (GDPR016).",
                    new[] { "Request", "Handler", "Covers", "Misses", "Where" },
                    record.RequestHandlers.Erasure.Select(handler => Handler("erasure", handler))
                        .Concat(record.RequestHandlers.Access.Select(handler => Handler("access", handler)))
                        .ToList(),
                    "Not declared in the code: no method is marked [ErasureRequestHandler] or [AccessRequestHandler]."),
                new RecordTable(
                    "Kept after erasure",
                    "Personal data an erasure leaves stored, with the reason the code states (Art. 17(3)).",
                    new[] { "Item", "Reason", "Where" },
                    record.RequestHandlers.RetainedAfterErasure.Select(item => Row(item.Item, item.Reason ?? "no reason stated", item.Location?.ToString() ?? "")).ToList(),
                    "Nothing is declared kept after erasure."),
                new RecordTable(
                    "Undeclared",
                    "What the code stores without a declared purpose, lawful basis or retention period, and items that state none.",
                    new[] { "Item", "Store", "Missing", "Where" },
                    record.Undeclared.Select(entry => Row(entry.Item, entry.Destination.Length == 0 ? "(not stored)" : entry.Destination, string.Join(", ", entry.Missing.Select(Missing)), Where(entry.Locations))).ToList(),
                    "Every stored item has its purpose, lawful basis and retention period declared."),
            };
        }

        /// <summary>The words for a missing declaration's key.</summary>
        public static string Missing(string key) => key switch
        {
            "purpose" => "processing purpose",
            "lawfulBasis" => "lawful basis",
            "retention" => "retention period",
            _ => key,
        };

        /// <summary>The locations of a flow, as <c>path:line</c>, comma-separated.</summary>
        public static string Where(IEnumerable<RecordLocation> locations) => string.Join(", ", locations.Select(location => location.ToString()));

        private static RecordTable Flows(ProcessingRecord record, Dictionary<string, RecordItem> items, string kind, string title, string introduction, string[] headers, Func<RecordFlow, string[]> cells, string empty) =>
            new(
                title,
                introduction,
                headers,
                record.Flows.Where(flow => flow.Kind == kind)
                    .Select(flow => (IReadOnlyList<string>)new[] { flow.Item ?? flow.Data + " (no declared item)" }
                        .Concat(cells(flow))
                        .Append(flow.Findings.Count == 0 ? "none" : string.Join(" ", flow.Findings))
                        .Append(Where(flow.Locations))
                        .ToArray())
                    .ToList(),
                empty);

        private static IReadOnlyList<string> Row(params string[] cells) => cells;

        private static IReadOnlyList<string> Handler(string request, RequestHandler handler) =>
            Row(request, handler.Handler, List(handler.Items, "nothing"), handler.Missed.Count == 0 ? "nothing" : List(handler.Missed, "") + " (GDPR016)", handler.Location?.ToString() ?? "");

        private static string List(IEnumerable<string> values, string none)
        {
            List<string> list = values.ToList();
            return list.Count == 0 ? none : string.Join("; ", list);
        }
    }
}
