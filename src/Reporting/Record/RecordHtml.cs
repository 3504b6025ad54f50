using System.Net;
using System.Text;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary>
    /// <c>record.html</c>: the record as one self-contained page, with the picture of the flows
    /// (<see cref="FlowDiagram"/>) above the same tables as <c>record.md</c>. It loads nothing: no script, no style sheet,
    /// font or image from elsewhere (a report about personal data must not call third parties); its style is inline and
    /// uses the reader's own fonts.
    /// </summary>
    public static class RecordHtml
    {
        private const string Style = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #1b1f24; line-height: 1.45; }
            h1 { font-size: 1.7rem; margin-bottom: .3rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
            p.lead { color: #424a53; } p.note { color: #57606a; font-size: .9rem; }
            table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .5rem 0 1rem; }
            th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; } th { background: #f6f8fa; }
            td.missing { color: #b42318; font-weight: 600; } td.todo { background: #fff8c5; font-style: italic; }
            figure { margin: 1rem 0; overflow-x: auto; border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem; background: #fbfcfd; }
            svg.flows text { font-family: inherit; font-size: 12px; fill: #1b1f24; } svg.flows text.column { font-weight: 700; font-size: 14px; } svg.flows text.group { font-weight: 600; fill: #57606a; }
            svg.flows .item rect { fill: #ddf4ff; stroke: #0969da; } svg.flows .item.undeclared rect { fill: #fff; stroke: #8c959f; stroke-dasharray: 4 3; }
            svg.flows .sink rect { fill: #f6f8fa; stroke: #57606a; } svg.flows .sink.log rect { fill: #fff1e5; stroke: #bc4c00; } svg.flows .sink.automatedDecision rect { fill: #fbefff; stroke: #8250df; } svg.flows .recipient rect { fill: #dafbe1; stroke: #1a7f37; }
            svg.flows path.edge { fill: none; stroke-width: 1.6; opacity: .75; } svg.flows path.edge.compliant { stroke: #1a7f37; } svg.flows path.edge.reported { stroke: #cf222e; stroke-width: 2.2; }
            .legend span { display: inline-block; margin-right: 1.2rem; } .swatch { display: inline-block; width: 1.6rem; height: .25rem; vertical-align: middle; margin-right: .3rem; }
            """;

        /// <summary>The page.</summary>
        public static string Write(ProcessingRecord record)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.Append("<title>Record of processing activities</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
            html.Append("<h1>Record of processing activities</h1>\n");
            html.Append("<p class=\"lead\">").Append(Encode(RecordTables.Preamble(record))).Append("</p>\n");
            html.Append("<h2>Where personal data goes</h2>\n<figure>\n").Append(FlowDiagram.Render(record)).Append("\n<figcaption class=\"legend\">")
                .Append("<span><span class=\"swatch\" style=\"background:#cf222e\"></span>reported by a rule (hover for which)</span>")
                .Append("<span><span class=\"swatch\" style=\"background:#1a7f37\"></span>compliant</span>")
                .Append("<span>dashed: a value of no declared item</span></figcaption>\n</figure>\n");
            foreach (RecordTable table in RecordTables.All(record))
            {
                html.Append("<h2>").Append(Encode(table.Title)).Append("</h2>\n<p class=\"note\">").Append(Encode(table.Introduction)).Append("</p>\n");
                if (table.Rows.Count == 0)
                {
                    html.Append("<p>").Append(Encode(table.Empty)).Append("</p>\n");
                    continue;
                }

                html.Append("<table>\n<thead><tr>");
                foreach (string header in table.Headers)
                {
                    html.Append("<th>").Append(Encode(header)).Append("</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
                foreach (System.Collections.Generic.IReadOnlyList<string> row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (string cell in row)
                    {
                        string css = cell == ToBeCompleted.Placeholder ? " class=\"todo\"" : cell == "not declared" ? " class=\"missing\"" : "";
                        html.Append("<td").Append(css).Append('>').Append(Breakable(cell)).Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            html.Append("</body>\n</html>\n");
            return html.ToString();
        }

        private static string Encode(string text) => WebUtility.HtmlEncode(text);

        /// <summary>A cell's text, where a long path or member name (<c>samples/SupportChatbot/Models.cs:18</c>,
        /// <c>ConversationMessage.AuthorName</c>) may break after its separators instead of widening the table.</summary>
        private static string Breakable(string text) =>
            Encode(text).Replace("/", "/<wbr>", System.StringComparison.Ordinal).Replace(".", ".<wbr>", System.StringComparison.Ordinal);
    }
}
