using System;
using System.Collections.Generic;
using System.Linq;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary>One difference between a committed record and the code's.</summary>
    /// <param name="Kind">What changed, for grouping: <c>new personal data</c>, <c>removed declaration</c>, <c>changed
    /// purpose</c>, <c>changed lawful basis</c>, <c>changed retention</c>, <c>changed category</c>, <c>new recipient</c>,
    /// <c>removed recipient</c>, <c>new flow</c>, <c>removed flow</c>, <c>changed flow</c>, <c>changed request
    /// handlers</c>.</param>
    /// <param name="Description">The difference in words, naming the item, destination and values.</param>
    public sealed record RecordDifference(string Kind, string Description)
    {
        /// <inheritdoc/>
        public override string ToString() => Kind + ": " + Description;
    }

    /// <summary>
    /// Compares the record of the code with a committed one, ignoring file and line locations (and the tool version and
    /// source path): the privacy review a pull request needs. Any difference (new personal data, a new recipient, a changed
    /// purpose or basis, a removed declaration, a new or removed flow) is listed; none means the committed record is
    /// still the code's.
    /// </summary>
    public static class RecordComparison
    {
        /// <summary>The differences from <paramref name="committed"/> to <paramref name="current"/>, in a stable order.</summary>
        public static List<RecordDifference> Compare(ProcessingRecord committed, ProcessingRecord current)
        {
            var differences = new List<RecordDifference>();
            Dictionary<string, RecordItem> before = committed.Items.GroupBy(item => item.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            Dictionary<string, RecordItem> after = current.Items.GroupBy(item => item.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            foreach (RecordItem item in current.Items.Where(item => !before.ContainsKey(item.Id)))
            {
                differences.Add(new RecordDifference("new personal data", $"{item.Id} ({item.Category ?? "no category"}; purposes: {List(item.Purposes)}; lawful bases: {List(item.LawfulBases)})"));
            }

            foreach (RecordItem item in committed.Items.Where(item => !after.ContainsKey(item.Id)))
            {
                differences.Add(new RecordDifference("removed declaration", $"{item.Id} is no longer declared personal data"));
            }

            foreach (RecordItem item in current.Items.Where(item => before.ContainsKey(item.Id)))
            {
                RecordItem old = before[item.Id];
                Changed(differences, "changed purpose", item.Id, old.Purposes, item.Purposes);
                Changed(differences, "changed lawful basis", item.Id, old.LawfulBases, item.LawfulBases);
                Changed(differences, "changed retention", item.Id, old.Retention.Select(retention => retention.ToString()), item.Retention.Select(retention => retention.ToString()));
                if (old.Category != item.Category || old.SpecialCategory != item.SpecialCategory)
                {
                    differences.Add(new RecordDifference("changed category", $"{item.Id}: {old.Category ?? "none"} -> {item.Category ?? "none"}"));
                }
            }

            var oldRecipients = committed.Recipients.Select(Describe).ToHashSet(StringComparer.Ordinal);
            var newRecipients = current.Recipients.Select(Describe).ToHashSet(StringComparer.Ordinal);
            differences.AddRange(newRecipients.Except(oldRecipients).OrderBy(text => text, StringComparer.Ordinal).Select(text => new RecordDifference("new recipient", text)));
            differences.AddRange(oldRecipients.Except(newRecipients).OrderBy(text => text, StringComparer.Ordinal).Select(text => new RecordDifference("removed recipient", text)));

            ILookup<string, RecordFlow> oldFlows = committed.Flows.ToLookup(Route, StringComparer.Ordinal);
            ILookup<string, RecordFlow> newFlows = current.Flows.ToLookup(Route, StringComparer.Ordinal);
            foreach (string route in newFlows.Select(group => group.Key).Union(oldFlows.Select(group => group.Key), StringComparer.Ordinal).OrderBy(route => route, StringComparer.Ordinal))
            {
                var was = oldFlows[route].Select(Declarations).ToHashSet(StringComparer.Ordinal);
                var now = newFlows[route].Select(Declarations).ToHashSet(StringComparer.Ordinal);
                if (was.SetEquals(now))
                {
                    continue;
                }

                if (was.Count == 0)
                {
                    differences.Add(new RecordDifference("new flow", route + " (" + string.Join("; ", now.OrderBy(text => text, StringComparer.Ordinal)) + ")"));
                }
                else if (now.Count == 0)
                {
                    differences.Add(new RecordDifference("removed flow", route));
                }
                else
                {
                    differences.Add(new RecordDifference("changed flow", $"{route}: {string.Join("; ", was.OrderBy(text => text, StringComparer.Ordinal))} -> {string.Join("; ", now.OrderBy(text => text, StringComparer.Ordinal))}"));
                }
            }

            if (Describe(committed.RequestHandlers) != Describe(current.RequestHandlers))
            {
                differences.Add(new RecordDifference("changed request handlers", Describe(committed.RequestHandlers) + " -> " + Describe(current.RequestHandlers)));
            }

            return differences;
        }

        /// <summary>A flow's route: what goes where, and how.</summary>
        public static string Route(RecordFlow flow) => $"{flow.Item ?? flow.Data} -> {flow.Destination} ({flow.Kind})";

        /// <summary>A flow's declarations and findings, without locations.</summary>
        public static string Declarations(RecordFlow flow)
        {
            var parts = new List<string>();
            if (flow.Kind == FlowKinds.Storage)
            {
                parts.Add("purpose: " + (flow.Purpose ?? "none"));
                parts.Add("lawful basis: " + (flow.LawfulBasis ?? "none"));
                parts.Add("retention: " + (flow.Retention?.ToString() ?? "none"));
            }

            if (flow.HumanReview is { } review)
            {
                parts.Add(review ? "reviewed by a person" : "no human review");
            }

            if (flow.Recipient is { } recipient)
            {
                parts.Add("recipient: " + Describe(recipient));
            }

            parts.Add("findings: " + (flow.Findings.Count == 0 ? "none" : string.Join(" ", flow.Findings)));
            return string.Join(", ", parts);
        }

        private static void Changed(List<RecordDifference> differences, string kind, string item, IEnumerable<string> before, IEnumerable<string> after)
        {
            List<string> was = before.ToList();
            List<string> now = after.ToList();
            if (!was.SequenceEqual(now, StringComparer.Ordinal))
            {
                differences.Add(new RecordDifference(kind, $"{item}: {List(was)} -> {List(now)}"));
            }
        }

        private static string Describe(RecordRecipient recipient) =>
            $"{recipient.Name} (role: {recipient.Role ?? "not declared"}, country: {recipient.Country ?? "not declared"}, transfer mechanism: {recipient.TransferMechanism ?? "not declared"})";

        private static string Describe(RequestHandlers handlers) =>
            handlers.Status
            + "; erasure: " + List(handlers.Erasure.Select(Handler))
            + "; access: " + List(handlers.Access.Select(Handler))
            + "; retained after erasure: " + List(handlers.RetainedAfterErasure.Select(item => item.Item + " (" + item.Reason + ")"));

        private static string Handler(RequestHandler handler) =>
            handler.Handler + " [" + string.Join(", ", handler.Items) + "]" + (handler.Missed.Count == 0 ? string.Empty : " missing [" + string.Join(", ", handler.Missed) + "]");

        private static string List(IEnumerable<string> values)
        {
            List<string> list = values.ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }
    }
}
