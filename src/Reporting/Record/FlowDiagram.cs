using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary>
    /// The picture of the flows: an SVG drawn from the record, laid out here (no script, no font or file from elsewhere).
    /// One node per personal data item (left; values of no declared item too, dashed), one node per destination (right:
    /// stores, logs, automated decisions, recipients, grouped by kind), one edge per flow, red where a rule reports the
    /// flow and green where it is compliant. Destinations are ordered by the mean row of the items that reach them, which
    /// keeps edges short and crossings few.
    /// </summary>
    public static class FlowDiagram
    {
        private const int RowHeight = 30;
        private const int NodeHeight = 22;
        private const int Top = 40;
        private const int ItemX = 10;
        private const int ItemWidth = 250;
        private const int SinkX = 600;
        private const int SinkWidth = 290;
        private const int Width = 900;
        private const int GroupGap = 16;

        private static readonly string[] KindOrder = { FlowKinds.Storage, FlowKinds.Log, FlowKinds.AutomatedDecision, FlowKinds.Transfer };

        /// <summary>The heading of each destination group.</summary>
        public static string KindTitle(string kind) => kind switch
        {
            FlowKinds.Storage => "Stores",
            FlowKinds.Log => "Logs",
            FlowKinds.AutomatedDecision => "Automated decisions",
            FlowKinds.Transfer => "Recipients",
            _ => kind,
        };

        /// <summary>The id of a flow's source node: its item, or its data for a value of no declared item.</summary>
        public static string SourceId(RecordFlow flow) => flow.Item ?? "data:" + flow.Data;

        /// <summary>The id of a flow's destination node.</summary>
        public static string SinkId(RecordFlow flow) => flow.Kind + ":" + (flow.Recipient?.Name ?? flow.Destination);

        /// <summary>The SVG element.</summary>
        public static string Render(ProcessingRecord record)
        {
            // Left: items in record order, then values of no declared item.
            var sources = new List<(string Id, string Label, bool Declared, string Title)>();
            foreach (RecordItem item in record.Items)
            {
                sources.Add((item.Id, item.Id, true, $"{item.Id} ({item.Category ?? "no category"}{(item.SpecialCategory ? ", special category" : "")}); purposes: {(item.Purposes.Count == 0 ? "not declared" : string.Join("; ", item.Purposes))}; lawful bases: {(item.LawfulBases.Count == 0 ? "not declared" : string.Join(", ", item.LawfulBases))}"));
            }

            foreach (string data in record.Flows.Where(flow => flow.Item is null).Select(flow => flow.Data ?? "").Distinct(StringComparer.Ordinal))
            {
                sources.Add(("data:" + data, data, false, $"{data}: a value of no declared item"));
            }

            var sourceRow = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int index = 0; index < sources.Count; index++)
            {
                sourceRow[sources[index].Id] = index;
            }

            // Right: destinations by kind, each group ordered by the mean row of its items.
            var sinks = new List<(string Id, string Kind, string Label, double Y)>();
            var groupHeaders = new List<(string Title, double Y)>();
            double y = Top;
            foreach (IGrouping<string, RecordFlow> kind in record.Flows.GroupBy(flow => flow.Kind, StringComparer.Ordinal).OrderBy(group => Order(group.Key)).ThenBy(group => group.Key, StringComparer.Ordinal))
            {
                groupHeaders.Add((KindTitle(kind.Key), y));
                y += 20;
                foreach (var sink in kind.GroupBy(SinkId, StringComparer.Ordinal)
                    .Select(group => (Id: group.Key, Label: group.First().Recipient?.Name ?? group.First().Destination, Mean: group.Average(flow => sourceRow.TryGetValue(SourceId(flow), out int row) ? row : 0)))
                    .OrderBy(sink => sink.Mean)
                    .ThenBy(sink => sink.Label, StringComparer.Ordinal))
                {
                    sinks.Add((sink.Id, kind.Key, sink.Label, y));
                    y += RowHeight;
                }

                y += GroupGap;
            }

            int height = (int)Math.Max(Top + sources.Count * RowHeight + 20 + 20, y + 10);
            var svg = new StringBuilder();
            svg.Append(Invariant($"<svg class=\"flows\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"Flows of personal data\">\n"));
            svg.Append("<title>Flows of personal data: items on the left, where they go on the right</title>\n");
            svg.Append(Invariant($"<text class=\"column\" x=\"{ItemX}\" y=\"{Top - 18}\">Personal data</text>\n"));
            svg.Append(Invariant($"<text class=\"column\" x=\"{SinkX}\" y=\"{Top - 18}\">Where it goes</text>\n"));

            // Edges first, under the nodes.
            var sinkY = sinks.ToDictionary(sink => sink.Id, sink => sink.Y, StringComparer.Ordinal);
            foreach (RecordFlow flow in record.Flows)
            {
                if (!sourceRow.TryGetValue(SourceId(flow), out int row) || !sinkY.TryGetValue(SinkId(flow), out double target))
                {
                    continue;
                }

                double y1 = Top + row * RowHeight + NodeHeight / 2.0;
                double y2 = target + NodeHeight / 2.0;
                double x1 = ItemX + ItemWidth;
                double x2 = SinkX;
                double middle = (x1 + x2) / 2;
                bool reported = flow.Findings.Count > 0;
                string title = $"{flow.Item ?? flow.Data} → {flow.Destination}: {(reported ? string.Join(" ", flow.Findings) : "compliant")}";
                svg.Append(Invariant($"<path class=\"edge {(reported ? "reported" : "compliant")}\" data-from=\"{Attribute(SourceId(flow))}\" data-to=\"{Attribute(SinkId(flow))}\" d=\"M{x1:0.#},{y1:0.#} C{middle:0.#},{y1:0.#} {middle:0.#},{y2:0.#} {x2:0.#},{y2:0.#}\"><title>{Text(title)}</title></path>\n"));
            }

            for (int index = 0; index < sources.Count; index++)
            {
                (string id, string label, bool declared, string title) = sources[index];
                double top = Top + index * RowHeight;
                svg.Append(Invariant($"<g class=\"node item{(declared ? "" : " undeclared")}\" data-node=\"item\" data-id=\"{Attribute(id)}\"><title>{Text(title)}</title>"));
                svg.Append(Invariant($"<rect x=\"{ItemX}\" y=\"{top:0.#}\" width=\"{ItemWidth}\" height=\"{NodeHeight}\" rx=\"4\"/>"));
                svg.Append(Invariant($"<text x=\"{ItemX + 8}\" y=\"{top + 15:0.#}\">{Text(Shorten(label, 34))}</text></g>\n"));
            }

            foreach ((string title, double headerY) in groupHeaders)
            {
                svg.Append(Invariant($"<text class=\"group\" x=\"{SinkX}\" y=\"{headerY + 12:0.#}\">{Text(title)}</text>\n"));
            }

            foreach ((string id, string kind, string label, double top) in sinks)
            {
                string node = kind == FlowKinds.Transfer ? "recipient" : "sink";
                svg.Append(Invariant($"<g class=\"node {node} {kind}\" data-node=\"{node}\" data-id=\"{Attribute(id)}\"><title>{Text(KindTitle(kind) + ": " + label)}</title>"));
                svg.Append(Invariant($"<rect x=\"{SinkX}\" y=\"{top:0.#}\" width=\"{SinkWidth}\" height=\"{NodeHeight}\" rx=\"4\"/>"));
                svg.Append(Invariant($"<text x=\"{SinkX + 8}\" y=\"{top + 15:0.#}\">{Text(Shorten(label, 40))}</text></g>\n"));
            }

            svg.Append("</svg>");
            return svg.ToString();
        }

        private static int Order(string kind)
        {
            int index = Array.IndexOf(KindOrder, kind);
            return index < 0 ? KindOrder.Length : index;
        }

        private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";

        private static string Text(string text) => WebUtility.HtmlEncode(text);

        private static string Attribute(string text) => WebUtility.HtmlEncode(text);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
