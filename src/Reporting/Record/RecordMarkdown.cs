using System.Text;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary><c>record.md</c>: the record as Markdown, for a data protection officer to read (and to review in a pull
    /// request beside <c>record.json</c>).</summary>
    public static class RecordMarkdown
    {
        /// <summary>The record as Markdown.</summary>
        public static string Write(ProcessingRecord record)
        {
            var text = new StringBuilder();
            text.Append("# Record of processing activities\n\n");
            text.Append(RecordTables.Preamble(record)).Append("\n\n");
            text.Append("The picture of the flows is in `record.html`; the same record as data is `record.json` (schema version ")
                .Append(record.SchemaVersion).Append(").\n\n");
            foreach (RecordTable table in RecordTables.All(record))
            {
                text.Append("## ").Append(table.Title).Append("\n\n").Append(table.Introduction).Append("\n\n");
                text.Append(table.Rows.Count == 0 ? table.Empty + "\n" : Markdown.Table(table.Headers, table.Rows)).Append('\n');
            }

            return text.ToString();
        }
    }
}
