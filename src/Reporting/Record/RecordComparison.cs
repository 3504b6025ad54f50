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
    /// <param name="Subject">What it is about: an item (<c>Customer.Email</c>), a flow's route
    /// (<c>Customer.Email -> SupportDb.Customers (storage)</c>), a recipient; several, comma-separated, when one change
    /// applies to each.</param>
    /// <param name="Change">What changed, with the values before and after (<c>Contract -> LegitimateInterests</c>); empty
    /// when the subject says it all.</param>
    public sealed record RecordDifference(string Kind, string Subject, string Change)
    {
        /// <summary>The difference in words: the subject, then the change.</summary>
        public string Description => Change.Length == 0 ? Subject : Subject + ": " + Change;

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
        /// <summary>The differences from <paramref name="committed"/> to <paramref name="current"/>, in a stable order; one
        /// change made to several items or flows (a lawful basis changed on a type changes each of its members and their
        /// stores) is one difference that names them all.</summary>
        public static List<RecordDifference> Compare(ProcessingRecord committed, ProcessingRecord current) => Grouped(Each(committed, current));

        private static List<RecordDifference> Each(ProcessingRecord committed, ProcessingRecord current)
        {
            var differences = new List<RecordDifference>();
            Dictionary<string, RecordItem> before = committed.Items.GroupBy(item => item.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            Dictionary<string, RecordItem> after = current.Items.GroupBy(item => item.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            foreach (RecordItem item in current.Items.Where(item => !before.ContainsKey(item.Id)))
            {
                differences.Add(new RecordDifference("new personal data", item.Id, $"{item.Category ?? "no category"}; purposes: {List(item.Purposes)}; lawful bases: {List(item.LawfulBases)}"));
            }

            foreach (RecordItem item in committed.Items.Where(item => !after.ContainsKey(item.Id)))
            {
                differences.Add(new RecordDifference("removed declaration", item.Id, "no longer declared personal data"));
            }

            foreach (RecordItem item in current.Items.Where(item => before.ContainsKey(item.Id)))
            {
                RecordItem old = before[item.Id];
                Changed(differences, "changed purpose", item.Id, old.Purposes, item.Purposes);
                Changed(differences, "changed lawful basis", item.Id, old.LawfulBases, item.LawfulBases);
                Changed(differences, "changed retention", item.Id, old.Retention.Select(retention => retention.ToString()), item.Retention.Select(retention => retention.ToString()));
                if (old.Category != item.Category || old.SpecialCategory != item.SpecialCategory)
                {
                    differences.Add(new RecordDifference("changed category", item.Id, $"{old.Category ?? "none"} -> {item.Category ?? "none"}"));
                }
            }

            var oldRecipients = committed.Recipients.Select(Describe).ToHashSet(StringComparer.Ordinal);
            var newRecipients = current.Recipients.Select(Describe).ToHashSet(StringComparer.Ordinal);
            differences.AddRange(newRecipients.Except(oldRecipients).OrderBy(text => text, StringComparer.Ordinal).Select(text => new RecordDifference("new recipient", text, "")));
            differences.AddRange(oldRecipients.Except(newRecipients).OrderBy(text => text, StringComparer.Ordinal).Select(text => new RecordDifference("removed recipient", text, "")));

            ILookup<string, RecordFlow> oldFlows = committed.Flows.ToLookup(Route, StringComparer.Ordinal);
            ILookup<string, RecordFlow> newFlows = current.Flows.ToLookup(Route, StringComparer.Ordinal);
            foreach (string route in newFlows.Select(group => group.Key).Union(oldFlows.Select(group => group.Key), StringComparer.Ordinal).OrderBy(route => route, StringComparer.Ordinal))
            {
                var was = oldFlows[route].Select(Declarations).ToHashSet(StringComparer.Ordinal);
                var now = newFlows[route].Select(Declarations).ToHashSet(StringComparer.Ordinal);
                List<RecordFlow> wasFlows = oldFlows[route].ToList();
                List<RecordFlow> nowFlows = newFlows[route].ToList();
                if (was.SetEquals(now))
                {
                    continue;
                }

                if (was.Count == 0)
                {
                    differences.Add(new RecordDifference("new flow", route, string.Join("; ", now.OrderBy(text => text, StringComparer.Ordinal))));
                }
                else if (now.Count == 0)
                {
                    differences.Add(new RecordDifference("removed flow", route, ""));
                }
                else if (wasFlows.Count == 1 && nowFlows.Count == 1)
                {
                    // One flow before and after: only the declarations that changed.
                    List<(string Key, string Value)> wasParts = Parts(wasFlows[0]);
                    List<(string Key, string Value)> nowParts = Parts(nowFlows[0]);
                    foreach ((string key, string value) in nowParts)
                    {
                        string old = wasParts.Find(part => part.Key == key).Value ?? "none";
                        if (old != value)
                        {
                            differences.Add(new RecordDifference("changed flow", route, $"{key}: {old} -> {value}"));
                        }
                    }
                }
                else
                {
                    differences.Add(new RecordDifference("changed flow", route, $"{string.Join("; ", was.OrderBy(text => text, StringComparer.Ordinal))} -> {string.Join("; ", now.OrderBy(text => text, StringComparer.Ordinal))}"));
                }
            }

            if (Describe(committed.RequestHandlers) != Describe(current.RequestHandlers))
            {
                differences.Add(new RecordDifference("changed request handlers", "data subjects' requests", Describe(committed.RequestHandlers) + " -> " + Describe(current.RequestHandlers)));
            }

            return differences;
        }

        /// <summary>A flow's route: what goes where, and how.</summary>
        public static string Route(RecordFlow flow) => $"{flow.Item ?? flow.Data} -> {flow.Destination} ({flow.Kind})";

        /// <summary>A flow's declarations and findings, without locations.</summary>
        public static string Declarations(RecordFlow flow) => string.Join(", ", Parts(flow).Select(part => part.Key + ": " + part.Value));

        /// <summary>A flow's declarations and findings, each by its name.</summary>
        private static List<(string Key, string Value)> Parts(RecordFlow flow)
        {
            var parts = new List<(string Key, string Value)>();
            if (flow.Kind == FlowKinds.Storage)
            {
                parts.Add(("purpose", flow.Purpose ?? "none"));
                parts.Add(("lawful basis", flow.LawfulBasis ?? "none"));
                parts.Add(("retention", flow.Retention?.ToString() ?? "none"));
            }

            if (flow.HumanReview is { } review)
            {
                parts.Add(("human review", review ? "yes" : "no"));
            }

            if (flow.Recipient is { } recipient)
            {
                parts.Add(("recipient", Describe(recipient)));
            }

            parts.Add(("findings", flow.Findings.Count == 0 ? "none" : string.Join(" ", flow.Findings)));
            return parts;
        }

        /// <summary>The differences with one kind and change made one, naming each subject, in the order of the first.</summary>
        private static List<RecordDifference> Grouped(List<RecordDifference> differences) =>
            differences
                .GroupBy(difference => (difference.Kind, Change: difference.Change.Length == 0 ? "\u0000" + difference.Subject : difference.Change))
                .Select(group => group.Count() == 1 ? group.First() : group.First() with { Subject = string.Join(", ", group.Select(difference => difference.Subject)) })
                .ToList();

        private static void Changed(List<RecordDifference> differences, string kind, string item, IEnumerable<string> before, IEnumerable<string> after)
        {
            List<string> was = before.ToList();
            List<string> now = after.ToList();
            if (!was.SequenceEqual(now, StringComparer.Ordinal))
            {
                differences.Add(new RecordDifference(kind, item, $"{List(was)} -> {List(now)}"));
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
