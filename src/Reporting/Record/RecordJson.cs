using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary><c>record.json</c>: a <see cref="ProcessingRecord"/> in camel case, indented, without null values (the schema
    /// is docs/record-schema.md).</summary>
    public static class RecordJson
    {
        private static readonly JsonSerializerOptions Options = new()
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The record as JSON text, ending with a line break.</summary>
        public static string Write(ProcessingRecord record) => JsonSerializer.Serialize(record, Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

        /// <summary>Reads a record written by <see cref="Write"/>.</summary>
        /// <exception cref="FormatException">The text is no record, or a record of another major schema version.</exception>
        public static ProcessingRecord Read(string json)
        {
            ProcessingRecord? record;
            try
            {
                record = JsonSerializer.Deserialize<ProcessingRecord>(json, Options);
            }
            catch (JsonException exception)
            {
                throw new FormatException("Not a record of processing (record.json): " + exception.Message, exception);
            }

            if (record is null)
            {
                throw new FormatException("Not a record of processing (record.json): empty.");
            }

            string major = record.SchemaVersion.Split('.')[0];
            if (major != ProcessingRecord.CurrentSchemaVersion.Split('.')[0])
            {
                throw new FormatException($"The record follows schema version {record.SchemaVersion}; this tool writes and compares {ProcessingRecord.CurrentSchemaVersion}. Write the record again with this tool.");
            }

            return record;
        }
    }
}
